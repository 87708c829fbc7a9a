import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { generateDemo } from '../src/demo/generate.ts';
import { COLLECTIONS } from '../src/domain/entities/index.ts';
import { encodeLines, encodeOrders, FACTS_DOC, writeBatch } from '../src/store/facts.ts';
import { quarterOf } from '../src/store/orderFacts.ts';
import type { FactBatch } from '../src/store/schema.ts';
import { createRecord, recordsMap } from '../src/store/yrecords.ts';
import { sha256Hex, toBase64Url } from '../src/sync/base64.ts';
import { newKeyBytes } from '../src/sync/envelopeCrypto.ts';
import { SyncEngine } from '../src/sync/syncEngine.ts';
import type { SyncStore } from '../src/sync/syncStore.ts';
import type { BenchRow, BenchScenario } from './types.ts';

/**
 * Sync benchmarks: Node clients run the same src/sync code as the browser's
 * sync worker (SyncEngine, envelopes, AES-GCM through Node's WebCrypto)
 * against the real relay started as a child process (`node --import tsx
 * server/relay.ts`, so its memory is measured alone). The clients' stores are
 * plain Y.Docs (no IndexedDB/projection): these figures are the sync path.
 */

class DocsStore implements SyncStore {
  docs = new Map<string, Y.Doc>();
  engine: SyncEngine | null = null;
  doc(id: string): Y.Doc {
    let d = this.docs.get(id);
    if (!d) {
      d = new Y.Doc();
      d.on('update', (_u: Uint8Array, origin: unknown) => this.engine?.committed(id, origin === 'remote' ? 'remote' : 'user'));
      this.docs.set(id, d);
    }
    return d;
  }
  async applyRemote(id: string, u: Uint8Array) {
    Y.applyUpdate(this.doc(id), u, 'remote');
  }
  async encodeStateAsUpdate(id: string, sv?: Uint8Array) {
    return Y.encodeStateAsUpdate(this.doc(id), sv);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startRelay() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-bench-relay-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/relay.ts'], { env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    child.once('exit', (c) => reject(new Error(`relay exited ${c}`)));
  });
  const rssMB = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  };
  return {
    url: `ws://127.0.0.1:${port}`,
    rssMB,
    async stop(): Promise<number> {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      const bytes = readdirSync(dataDir).reduce((n, f) => n + statSync(join(dataDir, f)).size, 0);
      rmSync(dataDir, { recursive: true, force: true });
      return bytes;
    },
  };
}

async function workspaceConfig(relay: string, docIds: string[]) {
  const ro = toBase64Url(newKeyBytes());
  return { relay, workspaceId: `wb${toBase64Url(newKeyBytes()).slice(0, 12)}`, token: toBase64Url(newKeyBytes()), roHash: await sha256Hex(ro), key: newKeyBytes(), readOnly: false, docIds };
}

function client(config: Awaited<ReturnType<typeof workspaceConfig>>) {
  const store = new DocsStore();
  const engine = new SyncEngine(config, store, { WebSocketPolyfill: WebSocket });
  store.engine = engine;
  return { store, engine };
}

const contact = (i: number) => ({ id: `c${String(i).padStart(6, '0')}`, firstName: `First${i}`, lastName: `Last${i}`, email: `p${i}@example.org`, lifecycle: 'lead' });

async function editsConverge(): Promise<BenchRow[]> {
  const relay = await startRelay();
  try {
    const cfg = await workspaceConfig(relay.url, ['contacts']);
    const a = client(cfg);
    const b = client(cfg);
    const rss0 = relay.rssMB();
    // 10,000 records created on A and synced to B: also the relay's memory and storage per 10,000 records.
    const docA = a.store.doc('contacts');
    docA.transact(() => {
      for (let i = 0; i < 10_000; i++) createRecord(recordsMap(docA), contact(i).id, contact(i));
    });
    await a.engine.start();
    await a.engine.settled(120_000);
    await b.engine.start();
    await b.engine.settled(120_000);
    const rss1 = relay.rssMB();

    // 10,000 edits, 5,000 on each side, one transaction each, interleaved in bursts of 100.
    const t0 = performance.now();
    const docB = b.store.doc('contacts');
    for (let burst = 0; burst < 50; burst++) {
      for (let k = 0; k < 100; k++) {
        const i = burst * 100 + k;
        docA.transact(() => recordsMap(docA).get(contact(i).id)!.set('title', `A${i}`));
        docB.transact(() => recordsMap(docB).get(contact(9_999 - i).id)!.set('phone', `+1 555 ${i}`));
      }
      await new Promise((r) => setTimeout(r, 0));
    }
    await a.engine.settled(300_000);
    await b.engine.settled(300_000);
    const deadline = Date.now() + 300_000;
    while (!isDeepStrictEqual(recordsMap(docA).toJSON(), recordsMap(docB).toJSON())) {
      if (Date.now() > deadline) throw new Error('did not converge');
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = performance.now() - t0;
    const blobs = a.engine.blobCounts().contacts;
    const bytesOut = a.engine.current.bytesOut + b.engine.current.bytesOut;
    a.engine.stop();
    b.engine.stop();
    const storage = await relay.stop();
    return [
      { scenario: 'sync: 10,000 record edits (5,000 per client) converge through the relay', metric: 'ms', value: Math.round(ms), note: `${blobs} blobs left in the envelope after compaction; ${Math.round(bytesOut / 1024)} KB sent by both` },
      { scenario: 'sync: relay memory per 10,000 records', metric: 'MB RSS added', value: Math.round((rss1 - rss0) * 10) / 10, note: `relay RSS ${Math.round(rss1)} MB with the envelope loaded` },
      { scenario: 'sync: relay storage for 10,000 records + 10,000 edits', metric: 'KB on disk', value: Math.round(storage / 1024), note: 'SQLite file after shutdown (ciphertext)' },
    ];
  } catch (e) {
    await relay.stop();
    throw e;
  }
}

/** The demo workspace as the store holds it: one Y.Doc per collection plus the fact batches. */
async function demoDocs(): Promise<Map<string, Y.Doc>> {
  const now = new Date();
  now.setUTCHours(0, 0, 0, 0);
  const content = generateDemo({ seed: 20261126, now: now.toISOString() });
  const docs = new Map<string, Y.Doc>();
  for (const c of COLLECTIONS) {
    const doc = new Y.Doc();
    const map = recordsMap(doc);
    doc.transact(() => {
      for (const r of content.records[c] as unknown as Record<string, unknown>[]) createRecord(map, String(r.id), r);
    });
    docs.set(c, doc);
  }
  const byQuarter = new Map<string, { orders: typeof content.orders; lines: typeof content.lines }>();
  const qOf = new Map<string, string>();
  for (const o of content.orders) {
    const q = quarterOf(o.orderedAt);
    qOf.set(o.id, q);
    if (!byQuarter.has(q)) byQuarter.set(q, { orders: [], lines: [] });
    byQuarter.get(q)!.orders.push(o);
  }
  for (const l of content.lines) byQuarter.get(qOf.get(l.orderId)!)?.lines.push(l);
  const facts = new Y.Doc();
  const batches: FactBatch[] = [];
  for (const [q, b] of byQuarter) {
    batches.push({ id: `orders-${q}`, kind: 'orders', rowCount: b.orders.length, createdAt: now.toISOString(), bytes: await encodeOrders(b.orders) });
    batches.push({ id: `lines-${q}`, kind: 'lines', rowCount: b.lines.length, createdAt: now.toISOString(), bytes: await encodeLines(b.lines) });
  }
  facts.transact(() => batches.forEach((b) => writeBatch(facts, b)));
  docs.set(FACTS_DOC, facts);
  return docs;
}

async function secondDeviceJoins(): Promise<BenchRow[]> {
  const docs = await demoDocs();
  const plainBytes = [...docs.values()].reduce((n, d) => n + Y.encodeStateAsUpdate(d).length, 0);
  const relay = await startRelay();
  try {
    const cfg = await workspaceConfig(relay.url, [...docs.keys()]);
    const a = client(cfg);
    for (const [id, d] of docs) Y.applyUpdate(a.store.doc(id), Y.encodeStateAsUpdate(d));
    const t0 = performance.now();
    await a.engine.start();
    await a.engine.settled(600_000);
    const upload = performance.now() - t0;
    const b = client(cfg);
    const t1 = performance.now();
    await b.engine.start();
    await b.engine.settled(600_000);
    const join = performance.now() - t1;
    for (const [id, d] of docs) {
      if (!isDeepStrictEqual(b.store.doc(id).getMap('records').size, d.getMap('records').size)) throw new Error(`${id} incomplete on the joiner`);
    }
    const received = b.engine.current.bytesIn;
    const sent = a.engine.current.bytesOut;
    a.engine.stop();
    b.engine.stop();
    const storage = await relay.stop();
    return [
      { scenario: 'sync: first device uploads the demo workspace', metric: 'ms', value: Math.round(upload), note: `${Math.round(sent / 1024)} KB encrypted sent (${Math.round(plainBytes / 1024)} KB of Yjs state)` },
      { scenario: 'sync: second device joins the demo workspace (time to full data)', metric: 'ms', value: Math.round(join), note: `${Math.round(received / 1024)} KB received; relay stores ${Math.round(storage / 1024)} KB` },
    ];
  } catch (e) {
    await relay.stop();
    throw e;
  }
}

export const scenarios: BenchScenario[] = [
  { name: 'sync: edits converge', run: editsConverge },
  { name: 'sync: second device joins the demo', run: secondDeviceJoins },
];
