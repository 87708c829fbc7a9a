import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createRecord, migrateRecord, RECORD_FORMAT, recordsMap, recordToJSON, recordVersion, VERSION } from '../../../src/store/yrecords.ts';

/** Fixtures of each synced record format, kept forever: an old client's data must still load. */
function load(file: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(readFileSync(new URL(`../../fixtures/yrecords/${file}`, import.meta.url))));
  return doc;
}

const V1_EXPECTED = {
  '01J0000000000000000000000A': { id: '01J0000000000000000000000A', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z', firstName: 'Ada', lastName: 'Lovelace', title: 'Countess', tags: ['vip'] },
  '01J0000000000000000000000B': { id: '01J0000000000000000000000B', createdAt: '2026-01-06T10:00:00.000Z', updatedAt: '2026-01-06T10:00:00.000Z', firstName: 'Alan', title: 'Mathematician' },
};

describe('synced record format', () => {
  it('a v1 fixture (no version key) reads as version 1 with its edits applied', () => {
    const records = recordsMap(load('contacts-v1.bin'));
    for (const m of records.values()) expect(recordVersion(m)).toBe(1);
    expect(Object.fromEntries([...records.entries()].map(([id, m]) => [id, recordToJSON(m)]))).toEqual(V1_EXPECTED);
  });

  it('migrates v1 to the current format without changing a field, and the migration merges into a v1 replica', () => {
    const doc = load('contacts-v1.bin');
    const records = recordsMap(doc);
    doc.transact(() => {
      for (const m of records.values()) expect(migrateRecord(m)).toBe(true);
    });
    for (const m of records.values()) expect(recordVersion(m)).toBe(RECORD_FORMAT);
    expect(Object.fromEntries([...records.entries()].map(([id, m]) => [id, recordToJSON(m)]))).toEqual(V1_EXPECTED);
    // An old replica receiving the migration still reads the same fields.
    const old = load('contacts-v1.bin');
    Y.applyUpdate(old, Y.encodeStateAsUpdate(doc));
    expect(recordToJSON(recordsMap(old).get('01J0000000000000000000000A')!)).toEqual(V1_EXPECTED['01J0000000000000000000000A']);
  });

  it('new records carry the current version; a record from a newer client is left alone', () => {
    const doc = new Y.Doc();
    const map = recordsMap(doc);
    doc.transact(() => createRecord(map, 'x', { id: 'x', firstName: 'New' }));
    expect(recordVersion(map.get('x')!)).toBe(RECORD_FORMAT);
    expect(recordToJSON(map.get('x')!)).toEqual({ id: 'x', firstName: 'New' });
    doc.transact(() => map.get('x')!.set(VERSION, RECORD_FORMAT + 1));
    expect(migrateRecord(map.get('x')!)).toBe(false);
  });
});
