import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRecord, recordsMap, recordToJSON, writeFields } from '../../../src/store/yrecords.ts';

/** A tiny seeded PRNG so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function snapshot(doc: Y.Doc) {
  const out: Record<string, unknown> = {};
  for (const [id, m] of recordsMap(doc).entries()) out[id] = recordToJSON(m);
  return out;
}

describe('replicas converge', () => {
  it('random concurrent edits on three offline replicas merge to the same state in any delivery order', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const r = rng(seed);
      const replicas = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      const pending: Uint8Array[][] = [[], [], []];
      replicas.forEach((d, i) => d.on('update', (u: Uint8Array) => pending[i].push(u)));
      const ids = ['a', 'b', 'c', 'd'];
      for (let step = 0; step < 60; step++) {
        const i = Math.floor(r() * 3);
        const doc = replicas[i];
        const map = recordsMap(doc);
        const id = ids[Math.floor(r() * ids.length)];
        const op = r();
        doc.transact(() => {
          const m = map.get(id);
          if (!m || op < 0.1) {
            createRecord(map, id, { id, createdAt: 'x', firstName: `n${step}` });
          } else if (op < 0.2) writeFields(m, { deletedAt: `t${step}` });
          else writeFields(m, { [['firstName', 'email', 'title'][Math.floor(r() * 3)]]: `v${step}-${i}` });
        });
        // Sometimes deliver one replica's pending updates to one other replica (partial, out-of-order sync).
        if (r() < 0.3) {
          const from = Math.floor(r() * 3);
          const to = (from + 1 + Math.floor(r() * 2)) % 3;
          for (const u of pending[from]) Y.applyUpdate(replicas[to], u);
        }
      }
      // Finally everyone gets everything, in shuffled order.
      const all = pending.flat();
      for (const d of replicas) {
        const order = [...all].sort(() => r() - 0.5);
        for (const u of order) Y.applyUpdate(d, u);
      }
      const s0 = snapshot(replicas[0]);
      expect(snapshot(replicas[1]), `seed ${seed}`).toEqual(s0);
      expect(snapshot(replicas[2]), `seed ${seed}`).toEqual(s0);
    }
  });
});

describe('record encoding', () => {
  it('concurrent edits of different fields of one record both survive; a cleared field stays cleared', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.transact(() => createRecord(recordsMap(a), 'r1', { id: 'r1', firstName: 'Ann', title: 'CTO', email: 'ann@x.io' }));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.transact(() => writeFields(recordsMap(a).get('r1')!, { title: 'CEO' }));
    b.transact(() => writeFields(recordsMap(b).get('r1')!, { email: undefined, firstName: 'Anna' }));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ra = recordToJSON(recordsMap(a).get('r1')!);
    expect(ra).toEqual({ id: 'r1', firstName: 'Anna', title: 'CEO' });
    expect(recordToJSON(recordsMap(b).get('r1')!)).toEqual(ra);
  });
});
