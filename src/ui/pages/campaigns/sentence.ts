import type { ConversionUplift } from '../../../analytics/uplift.ts';
import { intl, t } from '../../i18n/index.svelte.ts';
import { number } from '../../lib/format.ts';

/** Percentage points with one decimal, in the UI language. */
// Always one decimal: an uplift of exactly 30 points reads "30.0", like its interval "26.6 to 32.6".
export const points = (x: number): string => (Number.isFinite(x) ? new Intl.NumberFormat(intl(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100) : '');

export function pValue(p: number): string {
  return p < 0.001 ? '< 0.001' : number(p, p < 0.01 ? 3 : 2);
}

/** The plain-language result: "Customers who got the offer bought 1.7 points more often than the control, 95 % CI 0.0 to 3.4, p = 0.04." */
export function upliftSentence(u: ConversionUplift): string {
  // "p = 0.04" but "p < 0.001", never "p = < 0.001".
  const params = { d: points(Math.abs(u.uplift)), lo: points(u.lower), hi: points(u.upper), p: u.pValue < 0.001 ? pValue(u.pValue) : `= ${pValue(u.pValue)}` };
  // "Same" only when the rates are equal at the shown precision.
  if (Math.abs(u.uplift) < 0.0005) return t('camp.res.same', params);
  return t(u.uplift > 0 ? 'camp.res.more' : 'camp.res.less', params);
}
