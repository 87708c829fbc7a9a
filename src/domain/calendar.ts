/** True when year-month-day names a day that exists (no 30 February, no month 13). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z)?$/;

/** `2026-01-31`, checked against the calendar rather than parsed and rolled over. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  return !!m && isCalendarDate(+m[1], +m[2], +m[3]);
}

/**
 * `2026-01-31T09:00(:00(.000))` with a `Z` when `utc`, without one for a
 * browser's local datetime input; every part must exist on the clock and calendar,
 * because `Date` would quietly turn 30 February into 2 March.
 */
export function isIsoDateTime(s: string, utc: boolean): boolean {
  const m = DATETIME.exec(s);
  if (!m || !!m[7] !== utc) return false;
  const [h, min, sec] = [+m[4], +m[5], m[6] === undefined ? 0 : +m[6]];
  return isCalendarDate(+m[1], +m[2], +m[3]) && h < 24 && min < 60 && sec < 60;
}
