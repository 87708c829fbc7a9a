/**
 * Analytics benchmarks: DuckDB-WASM in headless Chromium (the engine the SQL console and the
 * explorer use) against native DuckDB (@duckdb/node-api) on the same CSV file (DuckDB-WASM has no Parquet extension offline) of 1,000,000
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
import { buildCoBuy, nextBestOffers } from '../src/analytics/offers/nextBestOffer.ts';
import { createRng } from '../src/mining/random.ts';

const N = 1_000_000;
const RUNS = 5;

/**
 * A month x category revenue pivot, written the way a pivot over a big fact table should be:
 * aggregate the fact by (month, product) first, on an integer month key (date_trunc, not a
 * string per row), then join the 300-row product dimension and roll up to category. Both sides
 * run this same SQL. (The explorer's generated SQL, pivot.ts, still joins before grouping.)
 */
export const PIVOT_SQL = `WITH g AS (
  SELECT date_trunc('month', orderedAt) AS m, productId, sum(quantity * unitPrice) AS revenue, count(*) AS lines FROM lines GROUP BY ALL
)
SELECT strftime(g.m, '%Y-%m') AS month, p.category, sum(g.revenue) AS revenue, sum(g.lines) AS lines
FROM g JOIN products p USING (productId)
GROUP BY ALL ORDER BY month, category`;
const LOAD_SQL = `CREATE OR REPLACE TABLE lines AS SELECT * FROM read_csv('lines.csv')`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One CSV file of seeded order lines (300 products in 12 categories over three years), written by native DuckDB. */
async function makeData(dir: string): Promise<{ file: string; products: string }> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const file = join(dir, 'lines.csv');
  await c.run(`COPY (SELECT 'o' || (i // 3) AS orderId, 'p' || (hash(i) % 300) AS productId, (i % 5 + 1)::INTEGER AS quantity,
      (100 + hash(i * 7) % 10000)::DOUBLE AS unitPrice, TIMESTAMP '2023-12-01' + to_days((i % 1096)::INTEGER) + to_seconds((i % 86400)::BIGINT) AS orderedAt
    FROM range(${N}) t(i)) TO '${file}' (FORMAT csv, HEADER)`);
  const products = Array.from({ length: 300 }, (_, i) => `('p${i}', 'Category ${i % 12}')`).join(', ');
  c.closeSync();
  return { file, products: `CREATE OR REPLACE TABLE products (productId VARCHAR, category VARCHAR); INSERT INTO products VALUES ${products};` };
}

async function native(file: string, productsSql: string): Promise<{ load: number; pivot: number; groups: number }> {
  const load: number[] = [];
  const pivot: number[] = [];
  let groups = 0;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(productsSql);
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await c.run(LOAD_SQL.replace('lines.csv', file));
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
function serve(files: Record<string, { path: string; type: string } | { body: string; type: string }>, port: number): Promise<{ port: number; stop: () => void }> {
  const server = createServer((req, res) => {
    const f = files[(req.url ?? '/').split('?')[0]];
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type }).end('body' in f ? f.body : readFileSync(f.path));
  });
  // Port 0: any free port (the machine is shared); the caller reads it back.
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ port: (server.address() as { port: number }).port, stop: () => server.close() })));
}

async function wasm(file: string, productsSql: string): Promise<{ load: number; pivot: number; groups: number }> {
  const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
  // The browser bundle imports apache-arrow by its bare name: bundle it into one module for the blank page.
  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({ entryPoints: [`${dist}/duckdb-browser.mjs`], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const { port, stop } = await serve({
    '/': { path: 'bench/analytics.html', type: 'text/html' },
    '/duckdb-browser.mjs': { body: bundle.outputFiles[0].text, type: 'text/javascript' },
    '/duckdb-browser-eh.worker.js': { path: `${dist}/duckdb-browser-eh.worker.js`, type: 'text/javascript' },
    '/duckdb-eh.wasm': { path: `${dist}/duckdb-eh.wasm`, type: 'application/wasm' },
    '/lines.csv': { path: file, type: 'application/octet-stream' },
  }, 0);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Plain source text: tsx would wrap named functions in a helper the page does not have.
    const args = JSON.stringify({ runs: RUNS, load: LOAD_SQL, pivot: PIVOT_SQL, products: productsSql });
    return (await page.evaluate(`(async (a) => {
      const duckdb = await import('/duckdb-browser.mjs');
      const worker = new Worker('/duckdb-browser-eh.worker.js');
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate('/duckdb-eh.wasm');
      await db.registerFileBuffer('lines.csv', new Uint8Array(await (await fetch('/lines.csv')).arrayBuffer()));
      const c = await db.connect();
      await c.query(a.products);
      const l = [], p = [];
      let groups = 0;
      for (let r = 0; r < a.runs; r++) { const t0 = performance.now(); await c.query(a.load); l.push(performance.now() - t0); }
      for (let r = 0; r < a.runs; r++) { const t0 = performance.now(); groups = (await c.query(a.pivot)).numRows; p.push(performance.now() - t0); }
      l.sort((x, y) => x - y); p.sort((x, y) => x - y);
      return { load: l[Math.floor(l.length / 2)], pivot: p[Math.floor(p.length / 2)], groups };
    })(${args})`)) as { load: number; pivot: number; groups: number };
  } finally {
    await browser.close();
    stop();
  }
}

async function analyticsScenarios(): Promise<BenchRow[]> {
  const { file, products } = await makeData(mkdtempSync(join(tmpdir(), 'kith-bench-')));
  // Same stopping rule for both: RUNS timed repetitions after the first (warm-up) is included in the median's spread.
  const w = await wasm(file, products);
  const n = await native(file, products);
  if (w.groups !== n.groups) throw new Error(`pivot groups differ: wasm ${w.groups}, native ${n.groups}`);
  const rows: BenchRow[] = [
    { scenario: `1,000,000 order lines loaded into DuckDB-WASM (CSV)`, metric: 'median ms', value: Math.round(w.load), peer: { name: 'native DuckDB', value: Math.round(n.load) }, target: '< 2000 ms', note: `median of ${RUNS}` },
    { scenario: `month x category pivot over 1,000,000 lines (${w.groups} cells)`, metric: 'median ms', value: Math.round(w.pivot), peer: { name: 'native DuckDB', value: Math.round(n.pivot) }, target: '< 300 ms', note: `median of ${RUNS}` },
  ];
  rows.push(offerScenario());
  return rows;
}

/** The card's work once the model is built: 10,000 customers, 300 products in pairs that sell together. */
function offerScenario(): BenchRow {
  const rng = createRng(3);
  const purchases: { contactId: string; productId: string }[] = [];
  for (let c = 0; c < 10_000; c++) {
    const n = 1 + rng.int(20);
    for (let i = 0; i < n; i++) {
      const p = rng.int(300);
      purchases.push({ contactId: `c${c}`, productId: `p${p}` });
      if (rng.next() < 0.6) purchases.push({ contactId: `c${c}`, productId: `p${(p + 1) % 300}` });
    }
  }
  const t0 = performance.now();
  const model = buildCoBuy(purchases);
  const build = performance.now() - t0;
  const times: number[] = [];
  for (let c = 0; c < 500; c++) {
    const s = performance.now();
    nextBestOffers(model, `c${c}`, (p) => `cat${Number(p.slice(1)) % 12}`);
    times.push(performance.now() - s);
  }
  return { scenario: 'next best offer for a contact card (model built)', metric: 'median ms', value: +median(times).toFixed(2), target: '< 100 ms', note: `model over ${purchases.length.toLocaleString('en')} purchases built once in ${Math.round(build)} ms` };
}

export const scenarios: BenchScenario[] = [{ name: 'analytics', run: analyticsScenarios }];
