/**
 * The SQL warehouse worker: opens IndexedDB itself, starts DuckDB-WASM (whose engine runs
 * in a worker of its own, started from here) and fills it, so the page only sends SQL and
 * receives result pages. Cancel terminates this worker, which takes DuckDB with it.
 */
import * as Comlink from 'comlink';
import Dexie from 'dexie';
import { Warehouse } from '../analytics/warehouse/warehouse.ts';
import type { WarehouseApi } from '../analytics/warehouse/types.ts';
import { KithDB } from '../store/schema.ts';

let warehouse: Warehouse | null = null;
let watched = '';

/** Dexie tells every worker of the origin which tables changed; the warehouse reloads those before the next query. */
function watch(dbName: string): void {
  if (watched) return;
  watched = dbName;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    for (const key of Object.keys(parts)) {
      const m = /^idb:\/\/([^/]+)\/([^/]+)\//.exec(key);
      if (m && m[1] === watched) warehouse?.markStale(m[2]);
    }
  });
}

const api: WarehouseApi = {
  async open(dbName, nowMs, onProgress) {
    const kith = new KithDB(dbName);
    watch(dbName);
    warehouse = await Warehouse.open(kith, nowMs, onProgress);
    return { tables: (await warehouse.schema()).length };
  },
  async query(sql, pageSize) {
    if (!warehouse) throw new Error('The warehouse is not open.');
    const r = await warehouse.query(sql, pageSize);
    return Comlink.transfer(r, r.files.map((f) => f.bytes.buffer as ArrayBuffer));
  },
  async rows(offset, limit) {
    return warehouse?.rows(offset, limit) ?? [];
  },
  async pivot(spec) {
    if (!warehouse) throw new Error('The warehouse is not open.');
    return warehouse.pivot(spec);
  },
  async parquet(sql) {
    if (!warehouse) throw new Error('The warehouse is not open.');
    const bytes = await warehouse.parquet(sql);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  async schema() {
    return warehouse?.schema() ?? [];
  },
};

Comlink.expose(api);
