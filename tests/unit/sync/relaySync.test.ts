import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createRelay, type Relay } from '../../../server/createRelay.ts';
import { sha256Hex, toBase64Url } from '../../../src/sync/base64.ts';
import { COMPACT_AT } from '../../../src/sync/docSync.ts';
import { newKeyBytes } from '../../../src/sync/envelopeCrypto.ts';
import { SyncEngine, type EngineConfig } from '../../../src/sync/syncEngine.ts';
import { MemoryStore } from './memoryStore.ts';

const DOCS = ['contacts', 'companies'];
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

async function relayIn(dir: string, port = 0): Promise<Relay> {
  const relay = await createRelay({ port, dataDir: dir });
  cleanup.push(() => relay.close());
  return relay;
}

async function workspace() {
  const rw = toBase64Url(newKeyBytes());
  const ro = toBase64Url(newKeyBytes());
  return { workspaceId: `ws${toBase64Url(newKeyBytes()).slice(0, 12)}`, rw, ro, roHash: await sha256Hex(ro), key: newKeyBytes() };
}

function client(relay: Relay, w: Awaited<ReturnType<typeof workspace>>, o: Partial<EngineConfig> = {}) {
  const store = new MemoryStore();
  const engine = new SyncEngine(
    { relay: `ws://127.0.0.1:${relay.port}`, workspaceId: w.workspaceId, token: w.rw, roHash: w.roHash, key: w.key, readOnly: false, docIds: DOCS, ...o },
    store,
    { WebSocketPolyfill: WebSocket },
  );
  store.onCommit = (d, origin) => engine.committed(d, origin);
  cleanup.push(() => engine.stop());
  return { store, engine };
}

async function until(f: () => boolean, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!f()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function filesUnder(dir: string): Buffer[] {
  return readdirSync(dir).map((f) => readFileSync(join(dir, f)));
}

describe('sync through a real relay', () => {
  it('converges concurrent edits, stores only ciphertext, and compacts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-relay-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const relay = await relayIn(dir);
    const w = await workspace();
    const a = client(relay, w);
    a.store.set('contacts', 'c1', 'name', 'Zebulon Quixote');
    await a.engine.start();
    await a.engine.settled();
    const b = client(relay, w);
    await b.engine.start();
    await b.engine.settled();
    expect(b.store.json('contacts')).toEqual({ c1: { name: 'Zebulon Quixote' } });

    for (let i = 0; i < 120; i++) {
      a.store.set('contacts', 'c1', 'email', `zq${i}@secret-example.org`);
      b.store.set('contacts', 'c1', 'phone', `+1 555 01${i}`);
      if (i % 2 === 0) await new Promise((r) => setTimeout(r, 40));
    }
    await a.engine.settled();
    await b.engine.settled();
    await until(() => isDeepStrictEqual(a.store.json('contacts'), b.store.json('contacts')));
    expect(a.store.json('contacts')).toMatchObject({ c1: { name: 'Zebulon Quixote', email: 'zq119@secret-example.org', phone: '+1 555 01119' } });
    // Compaction kept the envelope short although ~240 blobs were sent.
    expect(a.engine.current.bytesOut).toBeGreaterThan(0);
    expect(a.engine.blobCounts().contacts).toBeLessThan(COMPACT_AT + 2);

    await relay.close();
    cleanup.pop();
    const bytes = Buffer.concat(filesUnder(dir));
    expect(bytes.length).toBeGreaterThan(1000);
    for (const secret of ['Zebulon', 'Quixote', 'secret-example', '555 01']) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
  });

  it('a relay that restarts empty gets the workspace back from a client', async () => {
    const dir1 = mkdtempSync(join(tmpdir(), 'kith-relay-'));
    const dir2 = mkdtempSync(join(tmpdir(), 'kith-relay-'));
    cleanup.push(() => rmSync(dir1, { recursive: true, force: true }), () => rmSync(dir2, { recursive: true, force: true }));
    const relay1 = await relayIn(dir1);
    const port = relay1.port;
    const w = await workspace();
    const a = client(relay1, w);
    a.store.set('companies', 'k1', 'name', 'Acme');
    await a.engine.start();
    await a.engine.settled();
    await relay1.close();
    // Same port, empty data directory.
    const relay2 = await relayIn(dir2, port);
    a.store.set('companies', 'k2', 'name', 'Globex');
    await until(() => a.engine.current.connection === 'online' && a.engine.current.pending === 0, 20_000);
    const b = client(relay2, w);
    await b.engine.start();
    await b.engine.settled();
    await until(() => isDeepStrictEqual(b.store.json('companies'), { k1: { name: 'Acme' }, k2: { name: 'Globex' } }));
  });

  it('a wrong key is refused before anything is written; a read-only token cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-relay-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const relay = await relayIn(dir);
    const w = await workspace();
    const a = client(relay, w);
    a.store.set('contacts', 'c1', 'name', 'Ada');
    await a.engine.start();
    await a.engine.settled();

    const wrong = client(relay, w, { key: newKeyBytes() });
    wrong.store.set('contacts', 'x', 'name', 'Intruder');
    await wrong.engine.start();
    await until(() => wrong.engine.current.fatal !== null);
    expect(wrong.engine.current.fatal).toBe('cannot-decrypt');
    expect(wrong.store.json('contacts')).toEqual({ x: { name: 'Intruder' } });

    const ro = client(relay, w, { token: w.ro, readOnly: true, roHash: undefined });
    await ro.engine.start();
    await ro.engine.settled();
    expect(ro.store.json('contacts')).toEqual({ c1: { name: 'Ada' } });
    ro.store.set('contacts', 'c1', 'name', 'Vandal');
    await new Promise((r) => setTimeout(r, 500));
    expect(a.store.json('contacts')).toEqual({ c1: { name: 'Ada' } });

    const forged = client(relay, w, { token: 'not-a-token-of-this-workspace' });
    await forged.engine.start();
    await until(() => forged.engine.current.fatal !== null);
    expect(forged.engine.current.fatal).toBe('unauthorized');
    // A fresh reader sees only the writer's data: neither the intruder nor the vandal reached the relay.
    const c = client(relay, w);
    await c.engine.start();
    await c.engine.settled();
    expect(c.store.json('contacts')).toEqual({ c1: { name: 'Ada' } });
  });
});
