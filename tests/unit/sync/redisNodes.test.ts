import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createRelay, type Relay } from '../../../server/createRelay.ts';
import { sha256Hex, toBase64Url } from '../../../src/sync/base64.ts';
import { newKeyBytes } from '../../../src/sync/envelopeCrypto.ts';
import { SyncEngine } from '../../../src/sync/syncEngine.ts';
import { MemoryStore } from './memoryStore.ts';

// Debian's redis-server (.ci/run installs it); without it this file says so as a skipped suite rather than passing.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function redis(): Promise<number> {
  const port = await freePort();
  const proc: ChildProcess = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  cleanup.push(() => void proc.kill());
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => /Ready to accept connections/.test(String(d)) && resolve());
    proc.on('exit', (code) => reject(new Error(`redis-server exited ${code}`)));
  });
  return port;
}

async function node(redisPort: number): Promise<Relay> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-node-'));
  const relay = await createRelay({ port: 0, dataDir: dir, redis: { host: '127.0.0.1', port: redisPort } });
  cleanup.push(
    () => rmSync(dir, { recursive: true, force: true }),
    () => relay.close(),
  );
  return relay;
}

async function until(f: () => boolean, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!hasRedis)('two relay nodes behind one Redis', () => {
  it('an edit made through node A reaches a client connected to node B while both are online', async () => {
    const rport = await redis();
    const [n1, n2] = [await node(rport), await node(rport)];
    const rw = toBase64Url(newKeyBytes());
    const w = { workspaceId: `ws${toBase64Url(newKeyBytes()).slice(0, 12)}`, token: rw, roHash: await sha256Hex(toBase64Url(newKeyBytes())), key: newKeyBytes() };
    const client = (relay: Relay) => {
      const store = new MemoryStore();
      const engine = new SyncEngine(
        { relay: `ws://127.0.0.1:${relay.port}`, ...w, readOnly: false, docIds: ['contacts'] },
        store,
        { WebSocketPolyfill: WebSocket },
      );
      store.onCommit = (d, origin) => engine.committed(d, origin);
      cleanup.push(() => engine.stop());
      return { store, engine };
    };
    const a = client(n1);
    const b = client(n2);
    await a.engine.start();
    await b.engine.start();
    await a.engine.settled();
    await b.engine.settled();

    a.store.set('contacts', 'c1', 'name', 'Crossed Nodes');
    await until(() => isDeepStrictEqual(b.store.json('contacts'), { c1: { name: 'Crossed Nodes' } }));
    b.store.set('contacts', 'c1', 'email', 'back@example.org');
    await until(() => isDeepStrictEqual(a.store.json('contacts'), { c1: { name: 'Crossed Nodes', email: 'back@example.org' } }));
    expect(a.store.json('contacts')).toEqual(b.store.json('contacts'));
  });
});
