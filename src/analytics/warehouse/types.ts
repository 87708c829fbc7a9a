import type { PivotSpec } from './pivot.ts';

/** What crosses from the warehouse worker to the page: plain data only. */
export type ColumnKind = 'number' | 'text' | 'timestamp' | 'date' | 'bool';

export interface QueryResult {
  columns: string[];
  kinds: ColumnKind[];
  /** Rows the query returned; `rows` holds the first page. */
  total: number;
  /** Cells: numbers, BigInt beyond 2^53, strings (times as ISO text), booleans or null. */
  rows: unknown[][];
  ms: number;
  /** Files written by `COPY ... TO`, handed to the page to download. */
  files: { name: string; bytes: Uint8Array }[];
  /** Tables reloaded before the query because the workspace changed. */
  refreshed: string[];
}

export interface SchemaTable {
  name: string;
  view: boolean;
  columns: { name: string; type: string }[];
}

export interface WarehouseApi {
  open(dbName: string, nowMs: number, onProgress: (fraction: number, table: string) => void): Promise<{ tables: number }>;
  query(sql: string, pageSize: number): Promise<QueryResult>;
  rows(offset: number, limit: number): Promise<unknown[][]>;
  schema(): Promise<SchemaTable[]>;
  /** The explorer's pivot as long rows (see pivot.ts). */
  pivot(spec: PivotSpec): Promise<{ rows: unknown[][]; ms: number }>;
  /** A SELECT's result as Parquet bytes. */
  parquet(sql: string): Promise<Uint8Array>;
}
