import { describe, expect, it } from 'vitest';
import { loadArrow } from '../../../src/store/facts.ts';
import { utf8Column } from '../../../src/store/arrowColumns.ts';

describe('utf8Column', () => {
  it('keeps ASCII, Cyrillic, CJK, emoji, empty and missing values, in order', async () => {
    const a = await loadArrow();
    const values = ['N1', 'Иванов', '', null, '王小明', 'a😀b', undefined, 'mixed Ж z', 'x'.repeat(300)];
    const v = utf8Column(a, values);
    expect(v.toArray()).toEqual(values.map((x) => (x === undefined ? null : x)));
    // Round trip through IPC, as fact batches are stored.
    const t = a.tableFromIPC(a.tableToIPC(new a.Table({ s: v }), 'stream'));
    expect([...t.getChild('s')!.toArray()]).toEqual(values.map((x) => (x === undefined ? null : x)));
  });
});
