import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toParquet } from '../../../src/io/index.ts';

describe('toParquet', () => {
  it('writes a file native DuckDB reads back cell for cell, nulls and types kept', async () => {
    const columns = ['name', 'n', 'amount', 'paid', 'at'];
    const rows = [
      ['Анна', 3, 1500.5, true, '2026-01-02T03:04:05.000Z'],
      ['王伟', null, null, false, null],
      ["'=1+2", 9007199254740993n, -0.25, null, '2025-12-31T00:00:00.000Z'],
    ];
    const bytes = toParquet(columns, ['text', 'number', 'number', 'bool', 'timestamp'], rows);
    expect(Buffer.from(bytes.subarray(0, 4)).toString()).toBe('PAR1');
    const dir = await mkdtemp(join(tmpdir(), 'kith-pq-'));
    const file = join(dir, 'q.parquet');
    await writeFile(file, bytes);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const r = await conn.runAndReadAll(`SELECT name, n, amount, paid, strftime("at", '%Y-%m-%dT%H:%M:%S') AS "at", typeof(n) AS tn, typeof(amount) AS ta FROM '${file}'`);
    const got = r.getRowObjects();
    expect(got).toEqual([
      { name: 'Анна', n: 3n, amount: 1500.5, paid: true, at: '2026-01-02T03:04:05', tn: 'BIGINT', ta: 'DOUBLE' },
      { name: '王伟', n: null, amount: null, paid: false, at: null, tn: 'BIGINT', ta: 'DOUBLE' },
      { name: "'=1+2", n: 9007199254740993n, amount: -0.25, paid: null, at: '2025-12-31T00:00:00', tn: 'BIGINT', ta: 'DOUBLE' },
    ]);
    conn.closeSync();
  });
});
