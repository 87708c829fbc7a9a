/**
 * Analytics benchmarks: DuckDB-WASM in headless Chromium (the engine the SQL console and the
 * explorer use) against native DuckDB (@duckdb/node-api) on the same Parquet file of 1,000,000
 * order lines and the same month x category pivot, in the same run; and the next best offer
 * for a contact card, from the recommendation model the card uses.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.ts';
import type { BenchRow, BenchScenario } from './types.ts';

const N = 1_000_000;
const RUNS = 7;

/** The pivot the explorer generates for revenue by month x category (reporting currency). */
export const PIVOT_SQL = `SELECT strftime(l.orderedAt, '%Y-%m') AS month, p.category, sum(l.quantity * l.unitPrice) AS revenue, count(*) AS lines
FROM lines l JOIN products p USING (productId)
GROUP BY ALL ORDER BY month, category`;
const LOAD_SQL = `CREATE OR REPLACE TABLE lines AS SELECT * FROM read_parquet('lines.parquet')`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One Parquet file of seeded order lines (300 products in 12 categories over three years), written by native DuckDB. */
async function makeData(dir: string): Promise<{ parquet: string; products: string }> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const parquet = join(dir, 'lines.parquet');
  await c.run(`COPY (SELECT 'o' || (i // 3) AS orderId, 'p' || (hash(i) % 300) AS productId, (i % 5 + 1)::INTEGER AS quantity,
      (100 + hash(i * 7) % 10000)::DOUBLE AS unitPrice, TIMESTAMP '2023-12-01' + to_days((i % 1096)::INTEGER) + to_seconds((i % 86400)::BIGINT) AS orderedAt
    FROM range(${N}) t(i)) TO '${parquet}' (FORMAT parquet)`);
  const products = Array.from({ length: 300 }, (_, i) => `('p${i}', 'Category ${i % 12}')`).join(', ');
  c.closeSync();
  return { parquet, products: `CREATE OR REPLACE TABLE products (productId VARCHAR, category VARCHAR); INSERT INTO products VALUES ${products};` };
}

async function native(parquet: string, productsSql: string): Promise<{ load: number; pivot: number; groups: number }> {
  const load: number[] = [];
  const pivot: number[] = [];
  let groups = 0;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(productsSql);
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await c.run(LOAD_SQL.replace('lines.parquet', parquet));
    load.push(performance.now() - t0);
  }
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    groups = (await c.runAndReadAll(PIVOT_SQL)).getRows().length;
    pivot.push(performance.now() - t0);
  }
  c.closeSync();
  return { load: median(load), pivot: median(pivot), groups };
}

/** Serves the DuckDB-WASM bundle and the Parquet file to a blank page. */
function serve(files: Record<string, { path: string; type: string }>, port: number): Promise<() => void> {
  const server = createServer((req, res) => {
    const f = files[(req.url ?? '/').split('?')[0]];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type }).end(readFileSync(f.path));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(() => server.close())));
}

async function wasm(parquet: string, productsSql: string): Promise<{ load: number; pivot: number; groups: number }> {
  const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
  const port = 4398;
  const stop = await serve({
    '/': { path: 'bench/analytics.html', type: 'text/html' },
    '/duckdb-browser.mjs': { path: `${dist}/duckdb-browser.mjs`, type: 'text/javascript' },
    '/duckdb-browser-eh.worker.js': { path: `${dist}/duckdb-browser-eh.worker.js`, type: 'text/javascript' },
    '/duckdb-eh.wasm': { path: `${dist}/duckdb-eh.wasm`, type: 'application/wasm' },
    '/lines.parquet': { path: parquet, type: 'application/octet-stream' },
  }, port);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(async ({ runs, load, pivot, products }) => {
      const duckdb = await import('/duckdb-browser.mjs' as string);
      const worker = new Worker('/duckdb-browser-eh.worker.js');
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate('/duckdb-eh.wasm');
      await db.registerFileBuffer('lines.parquet', new Uint8Array(await (await fetch('/lines.parquet')).arrayBuffer()));
      const c = await db.connect();
      await c.query(products);
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const l: number[] = [];
      const p: number[] = [];
      let groups = 0;
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await c.query(load);
        l.push(performance.now() - t0);
      }
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        groups = (await c.query(pivot)).numRows;
        p.push(performance.now() - t0);
      }
      return { load: med(l), pivot: med(p), groups };
    }, { runs: RUNS, load: LOAD_SQL, pivot: PIVOT_SQL, products: productsSql });
  } finally {
    await browser.close();
    stop();
  }
}

async function analyticsScenarios(): Promise<BenchRow[]> {
  const { parquet, products } = await makeData(mkdtempSync(join(tmpdir(), 'kith-bench-')));
  // Same stopping rule for both: RUNS timed repetitions after the first (warm-up) is included in the median's spread.
  const w = await wasm(parquet, products);
  const n = await native(parquet, products);
  if (w.groups !== n.groups) throw new Error(`pivot groups differ: wasm ${w.groups}, native ${n.groups}`);
  const rows: BenchRow[] = [
    { scenario: `1,000,000 order lines loaded into DuckDB-WASM (Parquet)`, metric: 'median ms', value: Math.round(w.load), peer: { name: 'native DuckDB', value: Math.round(n.load) }, target: '< 2000 ms', note: `median of ${RUNS}` },
    { scenario: `month x category pivot over 1,000,000 lines (${w.groups} cells)`, metric: 'median ms', value: Math.round(w.pivot), peer: { name: 'native DuckDB', value: Math.round(n.pivot) }, target: '< 300 ms', note: `median of ${RUNS}` },
  ];
  return rows;
}

export const scenarios: BenchScenario[] = [{ name: 'analytics', run: analyticsScenarios }];
