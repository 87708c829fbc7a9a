/**
 * A transparent churn-risk heuristic until a trained model supplies one:
 * if a customer bought at a steady rate (one order per `gapDays`), how
 * surprising is the silence since the last order? With purchases as a
 * Poisson process, P(at least one order in `recencyDays`) = 1 - e^(-r/g),
 * which is read here as the risk that the customer has gone.
 */
export function churnRisk(recencyDays: number, gapDays: number): number {
  if (!(gapDays > 0)) return 0;
  return Math.round((1 - Math.exp(-recencyDays / gapDays)) * 100) / 100;
}

/** Median of positive numbers, or `fallback` for an empty list. */
export function median(xs: readonly number[], fallback: number): number {
  if (xs.length === 0) return fallback;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
