import * as Comlink from 'comlink';
import type { WarehouseClient } from '../../analytics/warehouse/client.ts';
import { workspace } from './session.svelte.ts';

/**
 * One SQL warehouse (worker + DuckDB) for the Analytics pages: the SQL console and the
 * explorer share it, so switching tabs never loads the workspace into DuckDB twice.
 * Started on first use; closed when the Analytics page goes or a run is cancelled.
 */
export const warehouseLoad = $state({ loading: false, progress: 0, phase: '', tables: 0 });

let client: WarehouseClient | null = null;
let opening: Promise<WarehouseClient> | null = null;

async function start(): Promise<WarehouseClient> {
  // The worker and DuckDB load here, on demand: never for the first screen.
  const { startWarehouse } = await import('../../analytics/warehouse/client.ts');
  const c = startWarehouse();
  warehouseLoad.loading = true;
  try {
    const r = await c.api.open(workspace().db.name, Date.now(), Comlink.proxy((f: number, table: string) => {
      warehouseLoad.progress = f;
      warehouseLoad.phase = table;
    }));
    warehouseLoad.tables = r.tables;
    return c;
  } catch (e) {
    c.close();
    throw e;
  } finally {
    warehouseLoad.loading = false;
  }
}

/** The open warehouse, starting it if needed (callers racing share one start). */
export async function openWarehouse(): Promise<WarehouseClient> {
  if (client) return client;
  opening ??= start();
  try {
    client = await opening;
  } finally {
    opening = null;
  }
  return client;
}

/** Terminates the worker (and DuckDB with it): how a running query is cancelled. */
export function closeWarehouse(): void {
  client?.close();
  client = null;
  opening = null;
  warehouseLoad.loading = false;
}
