import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { KithDB } from '../../store/schema.ts';
import { loadArrow } from '../../store/facts.ts';
import { startDuckDB } from './duckdb.ts';
import { recordsToArrow, WAREHOUSE_COLLECTIONS } from './recordTables.ts';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  /** Rows the query returned; only the first `limit` are kept for display. */
  total: number;
  ms: number;
}

export interface TableInfo {
  name: string;
  rows: number;
}

const CHUNK = 4000;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/** Readable cell values: DuckDB hands back BigInts for integers and times as epoch milliseconds. */
function cell(v: unknown, time: 'timestamp' | 'date' | null): unknown {
  if (time && v !== null && v !== undefined) {
    const iso = new Date(Number(v)).toISOString();
    return time === 'date' ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/\.000Z$|Z$/, '');
  }
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  if (v && typeof v === 'object') return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  return v;
}

/**
 * The in-browser SQL warehouse: a DuckDB copy of this workspace, loaded from
 * IndexedDB when opened. Orders and lines arrive as the Arrow batches they are
 * stored as; records are encoded in chunks so the page never stalls.
 */
export class Warehouse {
  private constructor(
    private db: AsyncDuckDB,
    private worker: Worker,
    private conn: AsyncDuckDBConnection,
    readonly tables: TableInfo[],
  ) {}

  static async open(kith: KithDB, onProgress: (fraction: number, table: string) => void): Promise<Warehouse> {
    const { db, worker } = await startDuckDB();
    const conn = await db.connect();
    const a = await loadArrow();
    const tables: TableInfo[] = [];
    const steps = WAREHOUSE_COLLECTIONS.length + 1;

    onProgress(0, 'orders');
    const batches = await kith.batches.toArray();
    for (const kind of ['orders', 'lines'] as const) {
      const name = kind === 'orders' ? 'orders_raw' : 'order_lines';
      let first = true;
      for (const b of batches.filter((x) => x.kind === kind)) {
        await conn.insertArrowFromIPCStream(b.bytes, { name, create: first });
        first = false;
      }
      if (first) await conn.query(kind === 'orders'
        ? `CREATE TABLE orders_raw (id VARCHAR, number VARCHAR, contactId VARCHAR, companyId VARCHAR, orderedAt VARCHAR, status VARCHAR, channel VARCHAR, currency VARCHAR, total DOUBLE, lineCount INTEGER)`
        : `CREATE TABLE order_lines (orderId VARCHAR, productId VARCHAR, quantity INTEGER, unitPrice DOUBLE)`);
    }
    await conn.query(`CREATE TABLE orders AS SELECT * REPLACE (CAST(orderedAt AS TIMESTAMP) AS orderedAt) FROM orders_raw; DROP TABLE orders_raw;`);

    let step = 1;
    for (const c of WAREHOUSE_COLLECTIONS) {
      onProgress(step++ / steps, c);
      const rows = (await kith.table(c).toArray()) as Record<string, unknown>[];
      for (let i = 0; i === 0 || i < rows.length; i += CHUNK) {
        const table = recordsToArrow(a, c, rows.slice(i, i + CHUNK));
        await conn.insertArrowFromIPCStream(a.tableToIPC(table, 'stream'), { name: c, create: i === 0 });
        await yieldToPage();
      }
    }
    for (const name of ['orders', 'order_lines', ...WAREHOUSE_COLLECTIONS]) {
      const r = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${name}"`);
      tables.push({ name, rows: Number(r.getChildAt(0)?.get(0) ?? 0) });
    }
    onProgress(1, '');
    return new Warehouse(db, worker, conn, tables);
  }

  /** Runs one statement. DuckDB's own error text says what is wrong and where (LINE n, with a caret). */
  async query(sql: string, limit = 1000): Promise<QueryResult> {
    const t0 = performance.now();
    const result = await this.conn.query(sql);
    const a = await loadArrow();
    const columns = result.schema.fields.map((f) => f.name);
    const times = result.schema.fields.map((f) => (a.DataType.isTimestamp(f.type) ? 'timestamp' : a.DataType.isDate(f.type) ? 'date' : null));
    const total = result.numRows;
    const rows: unknown[][] = [];
    const children = columns.map((_, i) => result.getChildAt(i));
    for (let r = 0; r < Math.min(total, limit); r++) rows.push(children.map((c, i) => cell(c?.get(r), times[i])));
    return { columns, rows, total, ms: performance.now() - t0 };
  }

  /**
   * The whole result of a query as a Parquet file, written by DuckDB itself
   * into its virtual file system and read back as bytes.
   */
  async parquet(sql: string): Promise<Uint8Array> {
    const file = `export-${Date.now()}.parquet`;
    const body = sql.trim().replace(/;\s*$/, '');
    await this.conn.query(`COPY (${body}) TO '${file}' (FORMAT PARQUET)`);
    try {
      return await this.db.copyFileToBuffer(file);
    } finally {
      await this.db.dropFile(file).catch(() => undefined);
    }
  }

  /** Stops a running query the hard way: WebAssembly memory only grows, so terminating also gives it back. */
  async close(): Promise<void> {
    await this.db.terminate().catch(() => undefined);
    this.worker.terminate();
  }
}
