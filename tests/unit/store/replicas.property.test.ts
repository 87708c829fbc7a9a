import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { canonical, docState, expectedRows, tableRows } from './projectionCheck.ts';

/**
 * Three devices, each a real Workspace (DocStore, projection, inbound API) on
 * its own fake-IndexedDB database, exchanging the updates they committed
 * through `applyRemote` only: in any order, duplicated, or not at all for a
 * while (offline). After everyone gets everything, the Y.Docs and the Dexie
 * rows must be identical, and the rows must equal the docs projected afresh.
 */
type Op =
  | { kind: 'create'; at: number; name: string }
  | { kind: 'edit'; at: number; pick: number; field: 'firstName' | 'title' | 'email' | 'lastName'; value: string }
  | { kind: 'delete'; at: number; pick: number }
  | { kind: 'deliver'; from: number; to: number; count: number; shuffle: number; dup: boolean }
  | { kind: 'offline'; at: number; on: boolean }
  | { kind: 'reload'; at: number };

const replica = fc.integer({ min: 0, max: 2 });
const word = fc.constantFrom('Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Fay');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), at: replica, name: word }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      at: replica,
      pick: fc.nat(20),
      field: fc.constantFrom('firstName' as const, 'title' as const, 'email' as const, 'lastName' as const),
      value: word,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: replica, pick: fc.nat(20) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: replica, to: replica, count: fc.integer({ min: 1, max: 6 }), shuffle: fc.nat(), dup: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), at: replica, on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), at: replica }) },
);

let run = 0;

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function scenario(ops: Op[]): Promise<void> {
  const names = [0, 1, 2].map((i) => `prop-${++run}-${i}-${Date.now()}`);
  const open = (i: number) => new Workspace(names[i], { tabs: null });
  const ws = [open(0), open(1), open(2)];
  /** Every update each device committed itself, in order (the relay's view of it). */
  const sent: Uint8Array[][] = [[], [], []];
  /** How far each device has received from each other device. */
  const cursor = [0, 1, 2].map(() => [0, 0, 0]);
  const offline = [false, false, false];
  const listen = (i: number) => ws[i].docs.onCommitted((docId, u, origin) => docId === 'contacts' && origin === 'user' && sent[i].push(u));
  const off = [0, 1, 2].map(listen);
  const ids = async (i: number) => (await ws[i].db.rows('contacts').toCollection().primaryKeys()).sort();

  try {
    for (const o of ops) {
      if (o.kind === 'create') await ws[o.at].commands.create('contacts', { firstName: o.name });
      else if (o.kind === 'edit' || o.kind === 'delete') {
        const known = await ids(o.at);
        if (!known.length) continue;
        const id = known[o.pick % known.length];
        const value = o.kind === 'edit' ? (o.field === 'email' ? `${o.value.toLowerCase()}@x.io` : o.value) : '';
        try {
          if (o.kind === 'edit') await ws[o.at].commands.update('contacts', id, { [o.field]: value });
          else await ws[o.at].commands.remove('contacts', id);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e; // e.g. the record was deleted meanwhile
        }
      } else if (o.kind === 'deliver') {
        if (o.from === o.to || offline[o.from] || offline[o.to]) continue;
        const start = cursor[o.to][o.from];
        const batch = sent[o.from].slice(start, start + o.count);
        cursor[o.to][o.from] = start + batch.length;
        // Out of order, and some twice: Yjs must hold back what lacks its dependencies and ignore repeats.
        const deliveries = shuffled(o.dup ? [...batch, ...batch] : batch, o.shuffle);
        for (const u of deliveries) await ws[o.to].docs.applyRemote('contacts', u);
      } else if (o.kind === 'offline') offline[o.at] = o.on;
      else if (o.kind === 'reload') {
        off[o.at]();
        await ws[o.at].docs.flushed();
        ws[o.at].close();
        ws[o.at] = open(o.at);
        off[o.at] = listen(o.at);
      }
    }
    // Back online: everyone gets everything, shuffled, with repeats.
    for (let to = 0; to < 3; to++) {
      const all = [0, 1, 2].filter((f) => f !== to).flatMap((f) => sent[f]);
      for (const u of shuffled([...all, ...all.slice(0, 3)], to + 7)) await ws[to].docs.applyRemote('contacts', u);
    }
    for (const w of ws) await w.docs.flushed();

    const states = await Promise.all(ws.map((w) => docState(w, 'contacts')));
    expect(states[1]).toBe(states[0]);
    expect(states[2]).toBe(states[0]);
    const rows = await Promise.all(ws.map((w) => tableRows(w, 'contacts')));
    for (let i = 0; i < 3; i++) expect(rows[i], `device ${i} rows = its merged doc`).toEqual(await expectedRows(ws[i], 'contacts'));
    expect(canonical(rows[1])).toBe(canonical(rows[0]));
    expect(canonical(rows[2])).toBe(canonical(rows[0]));
    // And the same after a reload from disk.
    ws[0].close();
    ws[0] = open(0);
    expect(await docState(ws[0], 'contacts')).toBe(states[0]);
    expect(canonical(await tableRows(ws[0], 'contacts'))).toBe(canonical(rows[0]));
  } finally {
    for (const w of ws) w.close();
  }
}

describe('three replicas through the real store', () => {
  it('random edits, delivery order, duplicates and offline periods end in identical docs and rows', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 40 }), scenario), { numRuns: 30 });
  }, 240_000);
});
