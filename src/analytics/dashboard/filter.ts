import type { MonthlyRevenue } from '../metrics/monthlyRevenue.ts';
import { addMonths } from './time.ts';

/**
 * The dashboard's filter: a month range (inclusive, "YYYY-MM") and a segment. The segment
 * narrows every figure to its members' orders; the range narrows the charts (the KPI cards
 * keep their "last 12 months against the 12 before" windows, which the range would empty).
 */
export interface DashboardFilter {
  from?: string;
  to?: string;
  segmentId?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** What is wrong with a filter, as message ids: 'from', 'to' (not a month) or 'range' (from after to). */
export function checkFilter(f: DashboardFilter): ('from' | 'to' | 'range')[] {
  const out: ('from' | 'to' | 'range')[] = [];
  if (f.from && !MONTH.test(f.from)) out.push('from');
  if (f.to && !MONTH.test(f.to)) out.push('to');
  if (f.from && f.to && MONTH.test(f.from) && MONTH.test(f.to) && f.from > f.to) out.push('range');
  return out;
}

/** Records (orders, deals, tickets) of the segment's members only; all of them without a segment. */
export function ofMembers<O extends { contactId?: string }>(orders: readonly O[], members: ReadonlySet<string> | null): O[] {
  return members ? orders.filter((o) => o.contactId !== undefined && members.has(o.contactId)) : [...orders];
}

/** Months of a series inside the range, the values alongside; the running month stays partial only if it is kept. */
export function monthsInRange(series: MonthlyRevenue, f: DashboardFilter): MonthlyRevenue {
  const keep = series.months.map((m) => (!f.from || m >= f.from) && (!f.to || m <= f.to));
  const pick = <T,>(xs: T[]) => xs.filter((_, i) => keep[i]);
  return { months: pick(series.months), revenue: pick(series.revenue), orders: pick(series.orders), partialLast: series.partialLast && keep.at(-1) === true };
}

/**
 * The category chart's period as ISO bounds (exclusive start, inclusive end, as productSales reads
 * them) and the comparison period of equal length just before it. Without a range: the last 12
 * months against the 12 before.
 */
export function categoryPeriods(nowMs: number, f: DashboardFilter): { start: string; end: string; prevStart: string } {
  const monthStart = (key: string, plus = 0) => {
    const [y, m] = key.split('-').map(Number);
    return Date.UTC(y, m - 1 + plus, 1);
  };
  const endMs = f.to && MONTH.test(f.to) ? Math.min(monthStart(f.to, 1) - 1, nowMs) : nowMs;
  const ranged = !!f.from && MONTH.test(f.from);
  const startMs = ranged ? monthStart(f.from!) - 1 : addMonths(endMs, -12);
  const prevStartMs = ranged ? startMs - (endMs - startMs) : addMonths(endMs, -24);
  const iso = (ms: number) => new Date(ms).toISOString();
  return { start: iso(startMs), end: iso(endMs), prevStart: iso(prevStartMs) };
}
