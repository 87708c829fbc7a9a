import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import type { CollectionName } from '../../domain/entities/index.ts';
import { float64Column, utf8Column, type Arrow } from '../../store/arrowColumns.ts';
import { loadArrow } from '../../store/facts.ts';
import { toParquet } from '../../io/parquet.ts';
import type { KithDB } from '../../store/schema.ts';
import { customerProfiles } from '../dashboard/profiles.ts';
import { purchasesOf } from '../metrics/purchases.ts';
import { RFM_SEGMENTS } from '../metrics/rfmSegment.ts';
import { segmentHistory, SNAPSHOT_MONTHS } from '../metrics/segmentHistory.ts';
import { customerSentiments } from '../metrics/ticketSentiment.ts';
import { asOfSql, currencyRatesSql, METRIC_VIEWS_SQL } from '../metrics/sql.ts';
import { startDuckDB } from './duckdb.ts';
import { recordsToArrow, WAREHOUSE_COLLECTIONS } from './recordTables.ts';
import { pivotSql, type PivotSpec } from './pivot.ts';
import { STAR_SQL } from './star.ts';
import type { ColumnKind, QueryResult, SchemaTable } from './types.ts';

const CHUNK = 4000;

/** Names of files a `COPY ... TO 'name'` statement writes: they become downloads. */
export function copyTargets(sql: string): string[] {
  return [...sql.matchAll(/\bCOPY\b[\s\S]*?\bTO\s+'([^']+)'/gi)].map((m) => m[1]);
}

function kindOf(a: Arrow, t: unknown): ColumnKind {
  const type = t as import('apache-arrow').DataType;
  if (a.DataType.isTimestamp(type)) return 'timestamp';
  if (a.DataType.isDate(type)) return 'date';
  if (a.DataType.isInt(type) || a.DataType.isFloat(type) || a.DataType.isDecimal(type)) return 'number';
  if (a.DataType.isBool(type)) return 'bool';
  return 'text';
}

/** Cell values that survive structured cloning and read well: safe integers as numbers, larger ones as BigInt. */
function cell(v: unknown, kind: ColumnKind): unknown {
  if (v === null || v === undefined) return null;
  if (kind === 'timestamp' || kind === 'date') {
    const iso = new Date(Number(v)).toISOString();
    return kind === 'date' ? iso.slice(0, 10) : iso.replace('T', ' ').replace(/\.000Z$|Z$/, '');
  }
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Uint8Array) return `<${v.length} bytes>`;
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

/** Every row of a (small) result as plain cells. */
function allCells(a: Arrow, result: Table): { kinds: ColumnKind[]; rows: unknown[][] } {
  const kinds = result.schema.fields.map((f) => kindOf(a, f.type));
  const children = kinds.map((_, i) => result.getChildAt(i));
  const rows: unknown[][] = [];
  for (let r = 0; r < result.numRows; r++) rows.push(children.map((c, i) => cell(c?.get(r), kinds[i])));
  return { kinds, rows };
}

/** Which warehouse tables a changed Dexie table feeds. */
const FEEDS: Record<string, string[]> = { batches: ['facts'], orders: ['facts'], pipelines: ['pipelines'], leads: ['leads', 'profiles'], tickets: ['tickets', 'profiles'], contacts: ['contacts', 'profiles'], products: ['products', 'profiles'] };

/**
 * The SQL warehouse: a DuckDB copy of the workspace as a star schema. It lives in the
 * warehouse worker (src/workers/warehouse.worker.ts), which reads IndexedDB itself, so
 * the page never reads every table or builds Arrow. Edits mark the tables they touch
 * stale; the next query reloads only those.
 */
export class Warehouse {
  private last: { table: Table; kinds: ColumnKind[] } | null = null;
  private stale = new Set<string>();

  private constructor(
    private db: AsyncDuckDB,
    private conn: AsyncDuckDBConnection,
    private kith: KithDB,
    private nowMs: number,
  ) {}

  static async open(kith: KithDB, nowMs: number, onProgress: (fraction: number, table: string) => void): Promise<Warehouse> {
    const { db } = await startDuckDB();
    // DECIMAL results arrive as JS numbers (money sums), not as scaled integers the console would have to rescale.
    await db.open({ query: { castDecimalToDouble: true } });
    const w = new Warehouse(db, await db.connect(), kith, nowMs);
    const steps = WAREHOUSE_COLLECTIONS.length + 3;
    onProgress(0, 'orders');
    await w.conn.query(currencyRatesSql() + asOfSql(nowMs));
    await w.loadFacts();
    let step = 1;
    for (const c of WAREHOUSE_COLLECTIONS) {
      onProgress(step++ / steps, c);
      await w.loadRecords(c);
    }
    onProgress(step++ / steps, 'pipelines');
    await w.loadStages();
    await w.conn.query(METRIC_VIEWS_SQL + STAR_SQL.records);
    onProgress(step / steps, 'customer_profile');
    await w.loadProfiles();
    onProgress(1, '');
    return w;
  }

  /** A Dexie table changed (storagemutated): the warehouse tables it feeds reload before the next query. */
  markStale(dexieTable: string): void {
    for (const t of FEEDS[dexieTable] ?? ((WAREHOUSE_COLLECTIONS as string[]).includes(dexieTable) ? [dexieTable] : [])) this.stale.add(t);
  }

  /** Reloads stale tables; returns their names. */
  async refresh(): Promise<string[]> {
    const dueTables = [...this.stale];
    this.stale.clear();
    for (const t of dueTables) {
      if (t === 'facts') await this.loadFacts();
      else if (t === 'pipelines') await this.loadStages();
      else if (t !== 'profiles') await this.loadRecords(t as CollectionName);
    }
    if (dueTables.includes('facts') || dueTables.includes('profiles')) await this.loadProfiles();
    return dueTables;
  }

  private async loadFacts(): Promise<void> {
    const batches = await this.kith.batches.toArray();
    await this.conn.query('DROP TABLE IF EXISTS orders_raw; DROP TABLE IF EXISTS order_lines;');
    for (const kind of ['orders', 'lines'] as const) {
      const name = kind === 'orders' ? 'orders_raw' : 'order_lines';
      let first = true;
      for (const b of batches.filter((x) => x.kind === kind)) {
        await this.conn.insertArrowFromIPCStream(b.bytes, { name, create: first });
        first = false;
      }
      if (first)
        await this.conn.query(kind === 'orders'
          ? `CREATE TABLE orders_raw (id VARCHAR, number VARCHAR, contactId VARCHAR, companyId VARCHAR, orderedAt VARCHAR, status VARCHAR, channel VARCHAR, currency VARCHAR, total DOUBLE, lineCount INTEGER)`
          : `CREATE TABLE order_lines (orderId VARCHAR, productId VARCHAR, quantity INTEGER, unitPrice DOUBLE)`);
    }
    await this.conn.query(`CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (CAST(orderedAt AS TIMESTAMP) AS orderedAt) FROM orders_raw; DROP TABLE orders_raw;`);
    await this.conn.query(STAR_SQL.orders);
  }

  private async loadRecords(c: CollectionName): Promise<void> {
    const a = await loadArrow();
    const rows = (await this.kith.table(c).toArray()) as Record<string, unknown>[];
    // Views over the table survive a replace only if the new table keeps the columns: it does (same field specs).
    for (let i = 0; i === 0 || i < rows.length; i += CHUNK) {
      const table = recordsToArrow(a, c, rows.slice(i, i + CHUNK));
      if (i === 0) await this.conn.query(`DROP TABLE IF EXISTS "${c}"`);
      await this.conn.insertArrowFromIPCStream(a.tableToIPC(table, 'stream'), { name: c, create: i === 0 });
    }
  }

  private async loadStages(): Promise<void> {
    const a = await loadArrow();
    const rows = (await this.kith.rows('pipelines').toArray()).flatMap((p) => p.stages.map((s, i) => ({ p: p.id, s, i })));
    const table = new a.Table({
      pipelineId: utf8Column(a, rows.map((r) => r.p)),
      stageId: utf8Column(a, rows.map((r) => r.s.id)),
      name: utf8Column(a, rows.map((r) => r.s.name)),
      kind: utf8Column(a, rows.map((r) => r.s.kind)),
      probability: float64Column(a, rows.map((r) => r.s.probability)),
      position: float64Column(a, rows.map((r) => r.i)),
    });
    await this.conn.query('DROP TABLE IF EXISTS deal_stages');
    await this.conn.insertArrowFromIPCStream(a.tableToIPC(table, 'stream'), { name: 'deal_stages', create: true });
  }

  /** customer_profile: the profiles the app shows (dashboard/profiles.ts), one row per contact, queryable in SQL. */
  private async loadProfiles(): Promise<void> {
    const a = await loadArrow();
    const [contacts, orders, leads, tickets] = await Promise.all([
      this.kith.rows('contacts').toArray(),
      this.kith.orders.toArray(),
      this.kith.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
      this.kith.rows('tickets').toArray(),
    ]);
    // Margin as the pivot reads it (metrics/margin.ts says the same in TypeScript): lines of products without a cost add nothing.
    const m = await this.conn.query(`SELECT f.contactId AS id, sum(f.amount_rep - f.quantity * p.cost_rep) AS margin
      FROM fact_order_lines f JOIN dim_product p ON p.productId = f.productId
      WHERE f.status = 'paid' AND p.cost IS NOT NULL GROUP BY 1`);
    const margins = new Map((m.toArray() as { id: string; margin: number }[]).map((r) => [r.id, Number(r.margin)]));
    const ps = customerProfiles(contacts, orders, this.nowMs, leads, margins, customerSentiments(tickets, this.nowMs));
    type NumericKey = 'recencyDays' | 'frequency' | 'monetary' | 'avgOrderValue' | 'tenureDays' | 'rScore' | 'fScore' | 'mScore' | 'churnRisk' | 'leadScore'
      | 'purchaseIntervalDays' | 'margin' | 'ltv' | 'ltvMargin' | 'ltvOrders' | 'ltvOrderValue' | 'sentiment' | 'sentimentTrend';
    const num = (k: NumericKey) =>
      float64Column(a, ps.map((p) => p[k]));
    const table = new a.Table({
      contactId: utf8Column(a, ps.map((p) => p.contactId)),
      recencyDays: num('recencyDays'),
      frequency: num('frequency'),
      monetary: num('monetary'),
      avgOrderValue: num('avgOrderValue'),
      tenureDays: num('tenureDays'),
      rScore: num('rScore'),
      fScore: num('fScore'),
      mScore: num('mScore'),
      churnRisk: num('churnRisk'),
      leadScore: num('leadScore'),
      purchaseIntervalDays: num('purchaseIntervalDays'),
      margin: num('margin'),
      ltv: num('ltv'),
      ltvMargin: num('ltvMargin'),
      ltvOrders: num('ltvOrders'),
      ltvOrderValue: num('ltvOrderValue'),
      ltvModel: utf8Column(a, ps.map((p) => p.ltvModel)),
      lifecycle: utf8Column(a, ps.map((p) => p.lifecycle)),
      country: utf8Column(a, ps.map((p) => p.country)),
      segment: utf8Column(a, ps.map((p) => p.segment)),
      sentiment: num('sentiment'),
      sentimentTrend: num('sentimentTrend'),
    });
    await this.conn.query('DROP TABLE IF EXISTS customer_profile');
    await this.conn.insertArrowFromIPCStream(a.tableToIPC(table, 'stream'), { name: 'customer_profile', create: true });
    // Monthly snapshots (metrics/segmentHistory.ts), one row per customer and month from their first purchase on.
    const h = segmentHistory(purchasesOf(orders), this.nowMs, SNAPSHOT_MONTHS);
    const ids: string[] = [];
    const months: string[] = [];
    const segs: string[] = [];
    for (const [id, row] of h.byContact)
      row.forEach((s, i) => {
        if (RFM_SEGMENTS[s] === 'none') return;
        ids.push(id);
        months.push(h.months[i]);
        segs.push(RFM_SEGMENTS[s]);
      });
    const snap = new a.Table({ contactId: utf8Column(a, ids), month: utf8Column(a, months), segment: utf8Column(a, segs) });
    await this.conn.query('DROP TABLE IF EXISTS customer_segment_monthly');
    await this.conn.insertArrowFromIPCStream(a.tableToIPC(snap, 'stream'), { name: 'customer_segment_monthly', create: true });
  }

  /** Runs SQL; keeps the result for paging. A `COPY ... TO 'file'` hands back the file's bytes. */
  async query(sql: string, pageSize: number): Promise<QueryResult> {
    const refreshed = await this.refresh();
    const t0 = performance.now();
    const targets = copyTargets(sql);
    for (const f of targets) await this.db.registerEmptyFileBuffer(f);
    const result = await this.conn.query(sql);
    const a = await loadArrow();
    const columns = result.schema.fields.map((f) => f.name);
    const kinds = result.schema.fields.map((f) => kindOf(a, f.type));
    this.last = { table: result, kinds };
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const name of targets) {
      files.push({ name, bytes: await this.db.copyFileToBuffer(name) });
      await this.db.dropFile(name);
    }
    return { columns, kinds, total: result.numRows, rows: this.rows(0, pageSize), ms: performance.now() - t0, files, refreshed };
  }

  /** The explorer's pivot: long rows as pivotSql orders them (kept apart from the console's paged result). */
  async pivot(spec: PivotSpec): Promise<{ rows: unknown[][]; ms: number }> {
    await this.refresh();
    const t0 = performance.now();
    const { rows } = allCells(await loadArrow(), await this.conn.query(pivotSql(spec)));
    return { rows, ms: performance.now() - t0 };
  }

  /**
   * A query's result as a Parquet file's bytes, written in JavaScript (src/io/parquet.ts):
   * DuckDB-WASM's COPY ... (FORMAT PARQUET) would fetch its parquet extension from the internet.
   */
  async parquet(sql: string): Promise<Uint8Array> {
    await this.refresh();
    const result = await this.conn.query(sql);
    const { kinds, rows } = allCells(await loadArrow(), result);
    return toParquet(result.schema.fields.map((f) => f.name), kinds, rows);
  }

  /** Rows [offset, offset + limit) of the last result. */
  rows(offset: number, limit: number): unknown[][] {
    if (!this.last) return [];
    const { table, kinds } = this.last;
    const children = kinds.map((_, i) => table.getChildAt(i));
    const out: unknown[][] = [];
    for (let r = offset; r < Math.min(table.numRows, offset + limit); r++) out.push(children.map((c, i) => cell(c?.get(r), kinds[i])));
    return out;
  }

  /** Tables and views with their columns, for the schema browser. */
  async schema(): Promise<SchemaTable[]> {
    const r = await this.conn.query(`SELECT c.table_name AS t, c.column_name AS c, c.data_type AS d, t.table_type AS k
      FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'main' ORDER BY t.table_type, c.table_name, c.ordinal_position`);
    const by = new Map<string, SchemaTable>();
    for (const row of r.toArray() as { t: string; c: string; d: string; k: string }[]) {
      let t = by.get(row.t);
      if (!t) by.set(row.t, (t = { name: row.t, view: row.k === 'VIEW', columns: [] }));
      t.columns.push({ name: row.c, type: row.d });
    }
    return [...by.values()];
  }



  async close(): Promise<void> {
    await this.db.terminate().catch(() => undefined);
  }
}
