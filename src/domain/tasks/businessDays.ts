const DAY = 86_400_000;

/**
 * `n` business days after `from` (Saturday and Sunday skipped, by UTC weekday
 * so every device derives the same due time for the same event): a lead that
 * arrives on Friday evening is to be called on Monday, not on Saturday.
 */
export function addBusinessDays(from: Date, n: number): Date {
  let t = from.getTime();
  let left = Math.max(0, Math.round(n));
  while (left > 0) {
    t += DAY;
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  // Landing on a weekend with n = 0 still means the next working day.
  while ([0, 6].includes(new Date(t).getUTCDay())) t += DAY;
  return new Date(t);
}
