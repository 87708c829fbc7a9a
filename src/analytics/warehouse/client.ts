import * as Comlink from 'comlink';
import type { WarehouseApi } from './types.ts';

/** The page's handle on the warehouse worker; `close` terminates it (and DuckDB with it), which is how a query is cancelled. */
export interface WarehouseClient {
  api: Comlink.Remote<WarehouseApi>;
  close(): void;
}

export function startWarehouse(): WarehouseClient {
  const worker = new Worker(new URL('../../workers/warehouse.worker.ts', import.meta.url), { type: 'module', name: 'kith-warehouse' });
  return { api: Comlink.wrap<WarehouseApi>(worker), close: () => worker.terminate() };
}
