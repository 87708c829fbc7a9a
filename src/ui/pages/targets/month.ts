/** A month in the user's zone: its key ('YYYY-MM') and its bounds as ISO instants [from, to). */
export interface MonthPeriod {
  month: string;
  from: string;
  to: string;
}

/** The month holding `at` (local time), or the month named by `key`. */
export function monthPeriod(at: Date | string = new Date()): MonthPeriod {
  const [y, m] = typeof at === 'string' ? at.split('-').map(Number) : [at.getFullYear(), at.getMonth() + 1];
  const from = new Date(y, m - 1, 1);
  const to = new Date(y, m, 1);
  return { month: `${y}-${String(m).padStart(2, '0')}`, from: from.toISOString(), to: to.toISOString() };
}
