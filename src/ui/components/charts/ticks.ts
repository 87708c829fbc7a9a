/**
 * Significant digits an axis needs so that each tick reads as its exact value: ticks at
 * 2.25m and 2.5m need three, ticks at 2m and 3m one. Compact notation (K, M, 万) only moves
 * the decimal point, so this holds in every UI language; neighbouring ticks never read the same.
 */
export function tickDigits(ticks: readonly number[]): number {
  let need = 1;
  for (const v of ticks) {
    if (!Number.isFinite(v) || v === 0) continue;
    let s = 1;
    while (s < 6 && Math.abs(Number(v.toPrecision(s)) - v) > Math.abs(v) * 1e-9) s++;
    need = Math.max(need, s);
  }
  return need;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A money axis label in compact notation with just enough digits for this axis's ticks (values in minor units). */
export function moneyTick(locale: string, currency: string, minor: number, ticks: readonly number[]): string {
  const digits = tickDigits(ticks);
  const key = `${locale}|${currency}|${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: digits })));
  return f.format(minor / 100);
}
