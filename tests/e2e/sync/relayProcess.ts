import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RelayProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `npm run relay` as a child process: DATA_DIR from the environment when set, else a fresh temp folder; a free port. */
export async function startRelay(): Promise<RelayProcess> {
  const port = await freePort();
  const dataDir = process.env.DATA_DIR || mkdtempSync(join(tmpdir(), 'kith-relay-e2e-'));
  const child: ChildProcess = spawn('npm', ['run', 'relay'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${log}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('Kith relay listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}:\n${log}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      const gone = () => child.exitCode !== null || child.signalCode !== null;
      if (gone()) return;
      const exited = new Promise((r) => child.once('exit', r));
      // The whole process group: npm, then tsx, then node. SIGTERM lets the relay store its documents first.
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (!gone()) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}
