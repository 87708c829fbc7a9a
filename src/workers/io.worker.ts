import * as Comlink from 'comlink';
import type { CollectionName } from '../domain/entities/index.ts';
import { FileError, findDuplicatePairs, planImport, readTable, recordsToGrid, toCsv, toParquet, withHeaderRow, type DuplicatePair, type ImportMode, type ImportPlan, type PairRecord, type ParquetKind, type Table } from '../io/index.ts';
import type { ImportJob } from '../store/importer.ts';
import { KithDB } from '../store/schema.ts';
import { planOrderFacts, type OrderFactsPlan } from '../io/index.ts';
import { orderFactBatches } from '../store/orderFactBatches.ts';

/** What the wizard imports: a collection's records, or an orders file (orders with their lines, as facts). */
export type ImportTarget = CollectionName | 'orders';

/** What the wizard shows of a file: small enough to cross to the page at once. */
export interface TableSummary {
  columns: string[];
  rowCount: number;
  encoding: string;
  delimiter?: string;
  sheet?: string;
  sheets?: string[];
  preview: string[][];
}

export interface PlanSummary {
  mapping: Record<string, string | null>;
  toCreate: number;
  toUpdate: number;
  skipped: number;
  duplicates: number;
  errorCount: number;
  /** Data rows (1-based) with at least one error, for "only rows with errors". */
  errorRows: number[];
  newCompanies: number;
  /** Order lines to create (orders files only; `toCreate` then counts orders). */
  lines?: number;
}

export interface GridRow {
  row: number;
  cells: string[];
  errors: { column: string; message: string }[];
  duplicateOf?: number | string;
}

export interface PlanRequest {
  workspace: string;
  collection: ImportTarget;
  mapping: Record<string, string | null>;
  mode: ImportMode;
  matchOn?: string;
  locale: 'en' | 'ru' | 'zh';
}

export type ReadResult = { ok: true; summary: TableSummary } | { ok: false; message: string };

export interface IoWorkerApi {
  /** A picked file is passed as the File itself and read here: its bytes never sit on the page (a 70 MB buffer there cost it a long garbage collection). */
  read(data: Blob | Uint8Array, fileName: string, sheet?: string): Promise<ReadResult>;
  headerRow(n: number): Promise<ReadResult>;
  /** Another sheet of the workbook last read. */
  sheet(name: string): Promise<ReadResult>;
  plan(req: PlanRequest): Promise<PlanSummary>;
  rows(rowNumbers: number[]): Promise<GridRow[]>;
  edit(row: number, column: number, value: string): Promise<void>;
  /** A collection (or 'orders') as CSV bytes: read, formatted and encoded here, never on the page. */
  exportCsv(workspace: string, collection: CollectionName | 'orders'): Promise<Uint8Array>;
  /** Live contacts that look like the same person as `input`: same e-mail (any case), same phone (E.164), or the same name in any script. */
  /** A result table as a Parquet file, encoded here so a large result never blocks the page. */
  parquet(columns: string[], kinds: ParquetKind[], rows: unknown[][]): Promise<Uint8Array>;
  /** Candidate duplicate pairs among the live contacts or companies, best first. */
  duplicatePairs(workspace: string, collection: 'contacts' | 'companies'): Promise<DuplicatePair[]>;
  /** The plan as a job for the store worker: JSON bytes, or an orders job of Arrow batches (transferred either way, never deserialised on the page). */
  job(fileName: string): Promise<Uint8Array | ImportJob>;
}

/** Reading and planning run here, so a 100,000-row file never blocks the page. */
let original: Table | null = null;
let table: Table | null = null;
let plan: ImportPlan | null = null;
let file: { bytes: Uint8Array; name: string } | null = null;
let lastReq: PlanRequest | null = null;
let collectionName: CollectionName = 'contacts';
let ordersPlan: OrderFactsPlan | null = null;
const errorsByRow = new Map<number, { column: string; message: string }[]>();
const dupByRow = new Map<number, number | string>();

function summary(t: Table): TableSummary {
  return { columns: t.columns, rowCount: t.rows.length, encoding: t.encoding, delimiter: t.delimiter, sheet: t.sheet, sheets: t.sheets, preview: t.rows.slice(0, 8) };
}

/** The workspace's records, read once per file and collection: edits in the grid re-plan without re-reading them. */
let existingCache: { key: string; value: Promise<Partial<Record<CollectionName, object[]>>> } | null = null;
function existing(workspace: string, collection: CollectionName) {
  const key = `${workspace}|${collection}`;
  if (existingCache?.key !== key) existingCache = { key, value: readExisting(workspace, collection) };
  return existingCache.value;
}

async function readExisting(workspace: string, collection: CollectionName) {
  const db = new KithDB(`kith-${workspace}`);
  try {
    const want = new Set<CollectionName>([collection, 'companies', 'pipelines']);
    const out: Partial<Record<CollectionName, object[]>> = {};
    for (const c of want) out[c] = await db.table(c).toArray();
    return out;
  } finally {
    db.close();
  }
}

/** Customers by e-mail and products by SKU, read once per file: edits in the grid re-plan without re-reading them. */
let orderRefsCache: { key: string; value: Promise<{ contacts: { id: string; email?: string; companyId?: string }[]; products: { id: string; sku: string }[] }> } | null = null;
function orderRefs(workspace: string) {
  if (orderRefsCache?.key !== workspace) orderRefsCache = { key: workspace, value: readOrderRefs(workspace) };
  return orderRefsCache.value;
}

async function readOrderRefs(workspace: string) {
  const db = new KithDB(`kith-${workspace}`);
  try {
    const live = <T extends { deletedAt?: string }>(rows: T[]) => rows.filter((r) => !r.deletedAt);
    const contacts = live((await db.table('contacts').toArray()) as { id: string; email?: string; companyId?: string; deletedAt?: string }[]);
    const products = live((await db.table('products').toArray()) as { id: string; sku?: string; deletedAt?: string }[]);
    return {
      contacts: contacts.map(({ id, email, companyId }) => ({ id, email, companyId })),
      products: products.filter((p): p is { id: string; sku: string } => !!p.sku).map(({ id, sku }) => ({ id, sku })),
    };
  } finally {
    db.close();
  }
}

/** An orders file: planned as columns (a million lines would be a million objects), errors kept by row for the grid. */
async function planOrdersFile(t: Table, req: PlanRequest): Promise<PlanSummary> {
  plan = null;
  const refs = await orderRefs(req.workspace);
  ordersPlan = planOrderFacts(t, { ...refs, mapping: req.mapping, locale: req.locale });
  errorsByRow.clear();
  dupByRow.clear();
  for (const e of ordersPlan.errors) {
    let list = errorsByRow.get(e.row);
    if (!list) errorsByRow.set(e.row, (list = []));
    list.push({ column: e.column, message: e.message });
  }
  return {
    mapping: req.mapping,
    toCreate: ordersPlan.facts.orders.id.length,
    toUpdate: 0,
    skipped: 0,
    duplicates: 0,
    errorCount: ordersPlan.errors.length,
    errorRows: [...errorsByRow.keys()].filter((r) => r > 0).sort((a, b) => a - b),
    newCompanies: 0,
    lines: ordersPlan.facts.lines.order.length,
  };
}

const api: IoWorkerApi = {
  async read(data, fileName, sheet) {
    try {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
      file = { bytes, name: fileName };
      existingCache = null;
      original = await readTable(bytes, fileName, { sheet });
      table = original;
      plan = null;
      ordersPlan = null;
      orderRefsCache = null;
      return { ok: true, summary: summary(table) };
    } catch (e) {
      if (e instanceof FileError) return { ok: false, message: e.message };
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  },
  async sheet(name) {
    if (!file) return { ok: false, message: 'No file' };
    return api.read(file.bytes, file.name, name);
  },
  async headerRow(n) {
    if (!original) return { ok: false, message: 'No file' };
    try {
      table = withHeaderRow(original, n);
      return { ok: true, summary: summary(table) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  },
  async plan(req) {
    if (!table) throw new Error('No file read');
    lastReq = req;
    if (req.collection === 'orders') return planOrdersFile(table, req);
    ordersPlan = null;
    collectionName = req.collection;
    plan = planImport(table, { collection: req.collection, mapping: req.mapping, mode: req.mode, matchOn: req.matchOn, locale: req.locale, existing: await existing(req.workspace, req.collection) });
    errorsByRow.clear();
    dupByRow.clear();
    for (const e of plan.errors) {
      let list = errorsByRow.get(e.row);
      if (!list) errorsByRow.set(e.row, (list = []));
      list.push({ column: e.column, message: e.message });
    }
    for (const d of plan.duplicates) dupByRow.set(d.row, d.of);
    return {
      mapping: plan.mapping,
      toCreate: plan.create.length,
      toUpdate: plan.update.length,
      skipped: plan.skipped.length,
      duplicates: plan.duplicates.length,
      errorCount: plan.errors.length,
      errorRows: [...errorsByRow.keys()].filter((r) => r > 0).sort((a, b) => a - b),
      newCompanies: plan.newCompanies.length,
    };
  },
  async rows(rowNumbers) {
    if (!table) return [];
    return rowNumbers
      .filter((r) => r >= 1 && r <= table!.rows.length)
      .map((r) => ({ row: r, cells: table!.rows[r - 1], errors: errorsByRow.get(r) ?? [], duplicateOf: dupByRow.get(r) }));
  },
  async edit(row, column, value) {
    if (!table) return;
    if (table === original) table = { ...original, rows: original.rows.slice() };
    const cells = table.rows[row - 1].slice();
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    table.rows[row - 1] = cells;
    if (lastReq) await api.plan(lastReq);
  },
  async exportCsv(workspace, collection) {
    const db = new KithDB(`kith-${workspace}`);
    try {
      let grid: { columns: string[]; rows: unknown[][] };
      if (collection === 'orders') {
        const orders = await db.orders.toArray();
        const columns = ['number', 'orderedAt', 'contactId', 'companyId', 'status', 'channel', 'currency', 'total', 'lineCount'] as const;
        grid = { columns: [...columns], rows: orders.map((o) => columns.map((c) => (c === 'total' ? (o.total / 100).toFixed(2) : o[c]))) };
      } else {
        const records = (await db.table(collection).toArray()) as Record<string, unknown>[];
        const companies = new Map(((await db.table('companies').toArray()) as { id: string; name: string }[]).map((c) => [c.id, c.name]));
        const stages = new Map(((await db.table('pipelines').toArray()) as { stages: { id: string; name: string }[] }[]).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
        grid = recordsToGrid(collection, records, { companies, stages });
      }
      const bytes = new TextEncoder().encode(toCsv(grid.columns, grid.rows));
      return Comlink.transfer(bytes, [bytes.buffer]);
    } finally {
      db.close();
    }
  },
  async parquet(columns, kinds, rows) {
    const bytes = toParquet(columns, kinds, rows);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
  async duplicatePairs(workspace, collection) {
    const db = new KithDB(`kith-${workspace}`);
    try {
      return findDuplicatePairs((await db.table(collection).toArray()) as PairRecord[]);
    } finally {
      db.close();
    }
  },
  async job(fileName) {
    if (ordersPlan) {
      const factBatches = await orderFactBatches(ordersPlan.facts);
      const job: ImportJob = { fileName, collection: 'orders', create: [], update: [], newCompanies: [], factBatches };
      return Comlink.transfer(job, [...new Set(factBatches.map((b) => b.bytes.buffer as ArrayBuffer))]);
    }
    if (!plan) throw new Error('No plan');
    const job: ImportJob = { fileName, collection: collectionName, create: plan.create, update: plan.update, newCompanies: plan.newCompanies };
    const bytes = new TextEncoder().encode(JSON.stringify(job));
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
};

Comlink.expose(api);
