/**
 * Analytics benchmarks: DuckDB-WASM in headless Chromium (the engine the SQL console and the
 * explorer use) against native DuckDB (@duckdb/node-api) on the same 1,000,000 order lines
 * and the same month x category pivot, in the same run; and the next best offer for a
 * contact card, from the recommendation model the card uses.
 *
 * Loads: both sides read one Parquet file (typed columns: VARCHAR ids, INTEGER quantity,
 * DOUBLE price, TIMESTAMP date). The WASM side also loads the same rows the way the
 * warehouse worker does (warehouse.ts loadFacts): Arrow IPC batches straight into DuckDB.
 * Every timed step has one untimed warm-up run first on both sides, then RUNS timed runs (median).
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
/** Rows per Arrow IPC batch on the warehouse path (an import's batch size is of this order). */
const BATCH = 100_000;

/**
 * A month x category revenue pivot, written the way a pivot over a big fact table should be:
 * aggregate the fact by (month, product) first, on a truncated timestamp (not a string per
 * row), then join the 300-row product dimension and roll up to category. Both sides run this SQL.
 */
export const PIVOT_SQL = `WITH g AS (
  SELECT date_trunc('month', orderedAt) AS m, productId, sum(quantity * unitPrice) AS revenue, count(*) AS lines FROM lines GROUP BY ALL
)
SELECT strftime(g.m, '%Y-%m') AS month, p.category, sum(g.revenue) AS revenue, sum(g.lines) AS lines
FROM g JOIN products p USING (productId)
GROUP BY ALL ORDER BY month, category`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The 1,000,000 lines as SQL over range(): plain integer arithmetic (no hash(), whose values
 * may differ between DuckDB versions), so native DuckDB and DuckDB-WASM make the same rows;
 * both sides print a checksum that must agree. 300 products in 12 categories over three years.
 */
const ROWS_SQL = `SELECT 'o' || (i // 3) AS orderId, 'p' || ((i * 7919) % 300) AS productId, (i % 5 + 1)::INTEGER AS quantity,
    (100 + (i * 104729) % 10000)::DOUBLE AS unitPrice, TIMESTAMP '2023-12-01' + to_days((i % 1096)::INTEGER) + to_seconds(((i * 31) % 86400)::BIGINT) AS orderedAt
  FROM range(${N}) t(i)`;
const PRODUCTS_SQL = `CREATE OR REPLACE TABLE products AS SELECT 'p' || i AS productId, 'Category ' || (i % 12) AS category FROM range(300) t(i)`;
const CHECK_SQL = `SELECT count(*)::DOUBLE AS n, sum(quantity * unitPrice)::DOUBLE AS revenue, count(DISTINCT productId)::DOUBLE AS products, min(orderedAt)::VARCHAR AS lo, max(orderedAt)::VARCHAR AS hi FROM lines`;

/** The lines as a Parquet file for native DuckDB (its fastest columnar load). */
async function makeParquet(dir: string): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const file = join(dir, 'lines.parquet');
  await c.run(`COPY (${ROWS_SQL}) TO '${file}' (FORMAT parquet)`);
  c.closeSync();
  return file;
}

interface Timings {
  load: number;
  pivot: number;
  groups: number;
  check: string;
}

async function native(file: string): Promise<Timings> {
  const load: number[] = [];
  const pivot: number[] = [];
  let groups = 0;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(PRODUCTS_SQL);
  for (let r = 0; r <= RUNS; r++) {
    const t0 = performance.now();
    await c.run(`CREATE OR REPLACE TABLE lines AS SELECT * FROM read_parquet('${file}')`);
    if (r) load.push(performance.now() - t0);
  }
  for (let r = 0; r <= RUNS; r++) {
    const t0 = performance.now();
    groups = (await c.runAndReadAll(PIVOT_SQL)).getRows().length;
    if (r) pivot.push(performance.now() - t0);
  }
  const check = JSON.stringify((await c.runAndReadAll(CHECK_SQL)).getRowObjectsJson()[0]);
  c.closeSync();
  return { load: median(load), pivot: median(pivot), groups, check };
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

/**
 * DuckDB-WASM loads the lines the way the warehouse worker does (warehouse.ts loadFacts):
 * Arrow IPC batches straight into a table, no per-row JS. (It has no Parquet reader offline:
 * the extension would be fetched from extensions.duckdb.org.) The batches are made once, untimed.
 */
async function wasm(): Promise<Timings> {
  const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
  // The browser bundle imports apache-arrow by its bare name: bundle it (and Arrow's IPC writer) into one module for the blank page.
  const esbuild = await import('esbuild');
  const bundle = await esbuild.build({
    stdin: { contents: `export * from './${dist}/duckdb-browser.mjs'; export { tableToIPC } from 'apache-arrow';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, format: 'esm', write: false, logLevel: 'silent',
  });
  const { port, stop } = await serve({
    '/': { path: 'bench/analytics.html', type: 'text/html' },
    '/duckdb-browser.mjs': { body: bundle.outputFiles[0].text, type: 'text/javascript' },
    '/duckdb-browser-eh.worker.js': { path: `${dist}/duckdb-browser-eh.worker.js`, type: 'text/javascript' },
    '/duckdb-eh.wasm': { path: `${dist}/duckdb-eh.wasm`, type: 'application/wasm' },
  }, 0);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Plain source text: tsx would wrap named functions in a helper the page does not have.
    const args = JSON.stringify({ runs: RUNS, n: N, batch: BATCH, rows: ROWS_SQL, pivot: PIVOT_SQL, products: PRODUCTS_SQL, check: CHECK_SQL });
    return (await page.evaluate(`(async (a) => {
      const duckdb = await import('/duckdb-browser.mjs');
      const worker = new Worker('/duckdb-browser-eh.worker.js');
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate('/duckdb-eh.wasm');
      const c = await db.connect();
      await c.query(a.products);
      const med = (xs) => { xs.sort((x, y) => x - y); return xs[Math.floor(xs.length / 2)]; };
      await c.query('CREATE TABLE gen AS ' + a.rows);
      const ipc = [];
      for (let i = 0; i < a.n; i += a.batch) ipc.push(duckdb.tableToIPC(await c.query('SELECT * FROM gen ORDER BY rowid LIMIT ' + a.batch + ' OFFSET ' + i), 'stream'));
      await c.query('DROP TABLE gen');
      const l = [], p = [];
      let groups = 0;
      for (let r = 0; r <= a.runs; r++) {
        await c.query('DROP TABLE IF EXISTS lines');
        // insertArrowFromIPCStream hands its buffer to the DuckDB worker (detached): each run gets fresh copies, made untimed.
        const copies = ipc.map((b) => b.slice());
        const t0 = performance.now();
        for (let i = 0; i < copies.length; i++) await c.insertArrowFromIPCStream(copies[i], { name: 'lines', create: i === 0 });
        if (r) l.push(performance.now() - t0);
      }
      for (let r = 0; r <= a.runs; r++) { const t0 = performance.now(); groups = (await c.query(a.pivot)).numRows; if (r) p.push(performance.now() - t0); }
      const check = JSON.stringify((await c.query(a.check)).toArray().map((x) => x.toJSON())[0]);
      return { load: med(l), pivot: med(p), groups, check };
    })(${args})`)) as Timings;
  } finally {
    await browser.close();
    stop();
  }
}

async function analyticsScenarios(): Promise<BenchRow[]> {
  const file = await makeParquet(mkdtempSync(join(tmpdir(), 'kith-bench-')));
  // Same stopping rule for both: one warm-up, then the median of RUNS timed runs.
  const w = await wasm();
  const n = await native(file);
  if (w.groups !== n.groups) throw new Error(`pivot groups differ: wasm ${w.groups}, native ${n.groups}`);
  if (w.check !== n.check) throw new Error(`the two sides hold different rows: wasm ${w.check}, native ${n.check}`);
  const rows: BenchRow[] = [
    { scenario: `1,000,000 order lines loaded into DuckDB-WASM (Arrow IPC batches, the warehouse's path)`, metric: 'median ms', value: Math.round(w.load), peer: { name: 'native DuckDB from Parquet', value: Math.round(n.load) }, target: '< 2000 ms', note: `${N / BATCH} batches of ${BATCH.toLocaleString('en')}; median of ${RUNS} after a warm-up` },
    { scenario: `month x category pivot over 1,000,000 lines (${w.groups} cells)`, metric: 'median ms', value: Math.round(w.pivot), peer: { name: 'native DuckDB', value: Math.round(n.pivot) }, target: '< 300 ms', note: `median of ${RUNS} after a warm-up` },
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
