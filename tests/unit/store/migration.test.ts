import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/domain/similarity.ts';
import { DB_VERSION, KithDB, SCHEMA_V1 } from '../../../src/store/schema.ts';
import fixtureV1 from './fixtures/schema-v1.json' with { type: 'json' };

describe('Dexie schema migrations', () => {
  it('upgrades a version-1 database: rows gain sort keys and search words', async () => {
    const name = `migrate-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    for (const [table, rows] of Object.entries(fixtureV1)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new KithDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const ru = await db.rows('contacts').where('words').startsWith('смир').toArray();
    expect(ru.map((r) => r.firstName)).toEqual(['Анна']);
    const zh = await db.rows('contacts').where('words').startsWith('芳').toArray();
    expect(zh.map((r) => r.lastName)).toEqual(['王']);
    const sorted = await db.rows('contacts').orderBy('nameKey').toArray();
    expect(sorted.map((r) => r.nameKey)).toEqual(['lovelace ada', 'смирнова анна', '王芳']);
    // v25: possible-duplicate keys, computed for rows that existed before it.
    const ada = await db.rows('contacts').where('dupKeys').equals(`n:${nameKey('Ada', 'Lovelace')}`).toArray();
    expect(ada.map((r) => r.firstName)).toEqual(['Ada']);
    const companies = await db.rows('companies').where('words').startsWith('glob').count();
    expect(companies).toBe(1);
    db.close();
  });
});
