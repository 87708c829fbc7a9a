import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

/**
 * Starts DuckDB-WASM. It loads only when the SQL view opens: the module, its
 * worker and the 33 MB wasm are never part of the first screen. AsyncDuckDB
 * runs in its own worker already, so the page talks to it directly.
 * The mvp/eh bundles need no cross-origin isolation headers.
 */
export async function startDuckDB(): Promise<{ db: AsyncDuckDB; worker: Worker }> {
  const [duckdb, mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
    import('@duckdb/duckdb-wasm'),
    import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
  ]);
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
    eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  return { db, worker };
}
