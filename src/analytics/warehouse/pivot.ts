/**
 * The OLAP explorer's pivot: a spec (measure, row and column dimensions, filters)
 * becomes one SQL query over the star schema, run in the warehouse worker, whose
 * long rows (keys, value, total flags) are shaped here into a grid with totals.
 * Totals come from DuckDB's GROUPING SETS, not from adding cells, so distinct
 * counts (orders, customers) total correctly.
 */

export const PIVOT_MEASURES = ['revenue', 'margin', 'orders', 'customers', 'units', 'avgCheck'] as const;
export type PivotMeasure = (typeof PIVOT_MEASURES)[number];

export const PIVOT_DIMENSIONS = ['year', 'quarter', 'month', 'category', 'product', 'country', 'city', 'channel', 'lifecycle', 'currency'] as const;
export type PivotDimension = (typeof PIVOT_DIMENSIONS)[number];

/** Money measures are reporting-currency minor units; the rest are counts. */
export const MONEY_MEASURES: readonly PivotMeasure[] = ['revenue', 'margin', 'avgCheck'];

/** Where a click on a header value drills to. */
export const DRILL_CHILD: Partial<Record<PivotDimension, PivotDimension>> = { year: 'quarter', quarter: 'month', category: 'product', country: 'city' };

/** SQL per dimension over `f` (fact_order_lines), `p` (dim_product), `c` (dim_customer). Missing values read '—', so NULL only ever marks a total. */
const DIMENSION_SQL: Record<PivotDimension, string> = {
  year: `CAST(year(f.date) AS VARCHAR)`,
  quarter: `year(f.date) || '-Q' || quarter(f.date)`,
  month: `strftime(f.date, '%Y-%m')`,
  category: `coalesce(p.category, '—')`,
  product: `coalesce(p.name, f.productId)`,
  country: `coalesce(c.country, '—')`,
  city: `coalesce(c.city, '—')`,
  channel: `coalesce(f.channel, '—')`,
  lifecycle: `coalesce(c.lifecycle, '—')`,
  currency: `f.currency`,
};

/**
 * Margin = line revenue less quantity x the product's unit cost, both in the reporting
 * currency; lines of products without a cost are left out of margin (not counted as 100 %).
 */
const MEASURE_SQL: Record<PivotMeasure, string> = {
  revenue: `sum(f.amount_rep)`,
  margin: `sum(f.amount_rep - f.quantity * f.cost / coalesce(f.per_usd, 1))`,
  orders: `count(DISTINCT f.orderId)`,
  customers: `count(DISTINCT f.contactId)`,
  units: `sum(f.quantity)`,
  avgCheck: `sum(f.amount_rep) / nullif(count(DISTINCT f.orderId), 0)`,
};

export interface PivotFilter {
  dimension: PivotDimension;
  values: string[];
}

/** One drill step, kept so the explorer can go back up. */
export interface PivotDrill {
  axis: 'rows' | 'columns';
  from: PivotDimension;
  to: PivotDimension;
  value: string;
}

export interface PivotSpec {
  measure: PivotMeasure;
  rows: PivotDimension[];
  columns: PivotDimension[];
  filters: PivotFilter[];
  /** Inclusive ISO dates (YYYY-MM-DD) on the order date. */
  from?: string;
  to?: string;
  sort: 'label' | 'desc' | 'asc';
  drills: PivotDrill[];
}

export const DEFAULT_PIVOT: PivotSpec = { measure: 'revenue', rows: ['category'], columns: ['year'], filters: [], sort: 'label', drills: [] };

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems that stop a spec from running, as message keys' ids with what is wrong. */
export function checkPivot(spec: PivotSpec): string[] {
  const problems: string[] = [];
  const used = [...spec.rows, ...spec.columns];
  if (new Set(used).size !== used.length) problems.push('duplicate');
  if (spec.from && !ISO_DATE.test(spec.from)) problems.push('from');
  if (spec.to && !ISO_DATE.test(spec.to)) problems.push('to');
  if (spec.from && spec.to && spec.from > spec.to) problems.push('range');
  return problems;
}

/**
 * The query: one row per cell, per row total, per column total and the grand total,
 * with keys r0.., c0.., the value v, and flags rt (rows aggregated) and ct (columns aggregated).
 */
export function pivotSql(spec: PivotSpec): string {
  const r = spec.rows.map((d, i) => `${DIMENSION_SQL[d]} AS r${i}`);
  const c = spec.columns.map((d, i) => `${DIMENSION_SQL[d]} AS c${i}`);
  const rk = spec.rows.map((_, i) => `r${i}`);
  const ck = spec.columns.map((_, i) => `c${i}`);
  const where = [`f.status = 'paid'`, `f.orderedAt <= (SELECT ts FROM as_of)`];
  for (const fl of spec.filters) if (fl.values.length) where.push(`${DIMENSION_SQL[fl.dimension]} IN (${fl.values.map(quote).join(', ')})`);
  if (spec.from && ISO_DATE.test(spec.from)) where.push(`f.date >= DATE ${quote(spec.from)}`);
  if (spec.to && ISO_DATE.test(spec.to)) where.push(`f.date <= DATE ${quote(spec.to)}`);
  const sets = [...new Set([[...rk, ...ck], rk, ck, []].map((s) => `(${s.join(', ')})`))];
  const keys = [...rk, ...ck];
  return `SELECT ${[...keys, `CAST(${MEASURE_SQL[spec.measure]} AS DOUBLE) AS v`, `${rk.length ? `grouping(${rk[0]})` : 1} AS rt`, `${ck.length ? `grouping(${ck[0]})` : 1} AS ct`].join(', ')}
FROM (SELECT ${[...r, ...c, 'f.*', 'p.cost', 'pr.per_usd'].join(', ')}
  FROM fact_order_lines f
  LEFT JOIN dim_product p ON p.productId = f.productId
  LEFT JOIN dim_customer c ON c.contactId = f.contactId
  LEFT JOIN currency_rates pr ON pr.currency = p.currency AND f.orderedAt >= pr.valid_from AND f.orderedAt < pr.valid_to
  WHERE ${where.join(' AND ')}) f
GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

export interface PivotGrid {
  rowDims: PivotDimension[];
  colDims: PivotDimension[];
  /** Column keys in order (one value per column dimension). */
  columns: string[][];
  rows: { key: string[]; cells: (number | null)[]; total: number | null }[];
  colTotals: (number | null)[];
  total: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const joinKey = (k: string[]) => k.join('\u0000');
const byLabel = (a: string[], b: string[]) => {
  for (let i = 0; i < a.length; i++) {
    const d = a[i].localeCompare(b[i], undefined, { numeric: true });
    if (d) return d;
  }
  return 0;
};

/** Shapes the query's long rows (as pivotSql orders its columns) into a grid. */
export function pivotGrid(spec: PivotSpec, longRows: readonly (readonly unknown[])[]): PivotGrid {
  const nr = spec.rows.length;
  const nc = spec.columns.length;
  const cols = new Map<string, string[]>();
  const rows = new Map<string, { key: string[]; values: Map<string, number | null>; total: number | null }>();
  const colTotals = new Map<string, number | null>();
  let total: number | null = null;
  for (const row of longRows) {
    const rk = row.slice(0, nr).map(String);
    const ck = row.slice(nr, nr + nc).map(String);
    const v = num(row[nr + nc]);
    const rowsAggregated = Number(row[nr + nc + 1]) === 1;
    const colsAggregated = Number(row[nr + nc + 2]) === 1;
    if (rowsAggregated && colsAggregated) total = v;
    else if (rowsAggregated) {
      cols.set(joinKey(ck), ck);
      colTotals.set(joinKey(ck), v);
    } else {
      let r = rows.get(joinKey(rk));
      if (!r) rows.set(joinKey(rk), (r = { key: rk, values: new Map(), total: null }));
      if (colsAggregated) r.total = v;
      else {
        cols.set(joinKey(ck), ck);
        r.values.set(joinKey(ck), v);
      }
    }
  }
  const columns = [...cols.values()].sort(byLabel);
  const ordered = [...rows.values()];
  if (spec.sort === 'label') ordered.sort((a, b) => byLabel(a.key, b.key));
  else ordered.sort((a, b) => (spec.sort === 'desc' ? 1 : -1) * ((b.total ?? -Infinity) - (a.total ?? -Infinity)) || byLabel(a.key, b.key));
  return {
    rowDims: spec.rows,
    colDims: spec.columns,
    columns,
    rows: ordered.map((r) => ({ key: r.key, cells: columns.map((c) => r.values.get(joinKey(c)) ?? null), total: r.total })),
    colTotals: columns.map((c) => colTotals.get(joinKey(c)) ?? null),
    total,
  };
}

/** A click on a header value: that dimension gives way to its child, filtered to the value. */
export function drillDown(spec: PivotSpec, axis: 'rows' | 'columns', index: number, value: string): PivotSpec {
  const from = spec[axis][index];
  const to = DRILL_CHILD[from];
  if (!to || [...spec.rows, ...spec.columns].includes(to)) return spec;
  const dims = spec[axis].map((d, i) => (i === index ? to : d));
  return {
    ...spec,
    [axis]: dims,
    filters: [...spec.filters.filter((f) => f.dimension !== from), { dimension: from, values: [value] }],
    drills: [...spec.drills, { axis, from, to, value }],
  };
}

/** Back up one drill step: the parent dimension returns and its filter goes. */
export function drillUp(spec: PivotSpec): PivotSpec {
  const last = spec.drills.at(-1);
  if (!last) return spec;
  return {
    ...spec,
    [last.axis]: spec[last.axis].map((d) => (d === last.to ? last.from : d)),
    filters: spec.filters.filter((f) => !(f.dimension === last.from && f.values.length === 1 && f.values[0] === last.value)),
    drills: spec.drills.slice(0, -1),
  };
}

/** The grid as a table of text, header first and totals last: what CSV export writes. */
export function pivotTable(
  grid: PivotGrid,
  labels: { dimension: (d: PivotDimension) => string; value: (d: PivotDimension, v: string) => string; total: string },
  cell: (v: number) => string,
): string[][] {
  const fmt = (v: number | null) => (v === null ? '' : cell(v));
  const colLabel = (k: string[]) => k.map((v, i) => labels.value(grid.colDims[i], v)).join(' / ');
  const rowHead = grid.rowDims.length ? grid.rowDims.map(labels.dimension) : [''];
  const header = [...rowHead, ...grid.columns.map(colLabel), labels.total];
  const totalRow = [labels.total, ...Array<string>(rowHead.length - 1).fill(''), ...grid.colTotals.map(fmt), fmt(grid.total)];
  if (!grid.rowDims.length) return [header, totalRow];
  const body = grid.rows.map((r) => [...r.key.map((v, i) => labels.value(grid.rowDims[i], v)), ...r.cells.map(fmt), fmt(r.total)]);
  return [header, ...body, totalRow];
}

/** The pivot's cells as a flat table named by dimension and measure: what Parquet export writes (money in whole units with cents, as in the CSV). */
export function pivotExportSql(spec: PivotSpec): string {
  const value = MONEY_MEASURES.includes(spec.measure) ? 'v / 100' : 'v';
  const cols = [...spec.rows.map((d, i) => `r${i} AS "${d}"`), ...spec.columns.map((d, i) => `c${i} AS "${d}"`), `${value} AS "${spec.measure}"`];
  return `SELECT ${cols.join(', ')} FROM (${pivotSql(spec)}) WHERE ${[spec.rows.length ? 'rt = 0' : 'true', spec.columns.length ? 'ct = 0' : 'true'].join(' AND ')} ORDER BY ALL`;
}
