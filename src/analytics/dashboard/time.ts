/** Calendar helpers in UTC: analytics buckets must not move with the viewer's time zone. */
export const DAY_MS = 86_400_000;

/** The same day `months` months earlier (or later), clamped to the month's end like a calendar does. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** "2026-03" for a time. ISO strings give the same with `.slice(0, 7)`. */
export function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The last `n` month keys, oldest first, ending with the month of `nowMs`. */
export function lastMonths(nowMs: number, n: number): string[] {
  const d = new Date(nowMs);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(monthKey(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)));
  return out;
}
