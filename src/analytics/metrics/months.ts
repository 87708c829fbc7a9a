/** Calendar months in UTC as integers (year * 12 + month0): analytics buckets must not move with the viewer's time zone. */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** "YYYY-MM" of a month index. */
export function monthLabel(idx: number): string {
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function monthOfLabel(label: string): number {
  const [y, m] = label.split('-').map(Number);
  return y * 12 + m - 1;
}

/** Labels that continue a monthly series `h` steps past its end. */
export function nextMonths(last: string, h: number): string[] {
  const base = monthOfLabel(last);
  return Array.from({ length: h }, (_, i) => monthLabel(base + i + 1));
}
