/**
 * Scores 1..5 by quintile of rank. Equal values share the score of their
 * first rank, so a tie never splits across two scores.
 * `higherIsBetter=false` (recency in days) gives the smallest values a 5.
 */
export function quintileScores(values: readonly number[], higherIsBetter = true): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (higherIsBetter ? values[a] - values[b] : values[b] - values[a]));
  let first = 0;
  for (let r = 0; r < n; r++) {
    if (r > 0 && values[order[r]] !== values[order[r - 1]]) first = r;
    out[order[r]] = 1 + Math.floor((5 * first) / n);
  }
  return out;
}
