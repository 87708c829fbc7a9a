import { MONEY_MEASURES, type PivotDimension, type PivotMeasure } from '../../../../analytics/warehouse/pivot.ts';
import { REPORTING_CURRENCY } from '../../../../domain/currency.ts';
import { intl, label, t, type MessageKey } from '../../../i18n/index.svelte.ts';
import { country, number } from '../../../lib/format.ts';

export const dimensionLabel = (d: PivotDimension): string => t(`explore.dim.${d}` as MessageKey);
export const measureLabel = (m: PivotMeasure): string => t(`explore.measure.${m}` as MessageKey);

/** A dimension value as a person reads it: stored codes through their labels, months in the UI language. */
export function valueLabel(d: PivotDimension, v: string): string {
  if (v === '—') return v;
  switch (d) {
    case 'channel':
      return label(`orders.channel.${v}`, v);
    case 'lifecycle':
      return label(`enum.lifecycle.${v}`, v);
    case 'country':
      return country(v);
    case 'month':
      return new Intl.DateTimeFormat(intl(), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${v}-01T00:00:00Z`));
    default:
      return v;
  }
}

/** Cell values: money in whole reporting-currency units, counts with separators. */
export function measureText(m: PivotMeasure, v: number | null): string {
  if (v === null) return '';
  if (!MONEY_MEASURES.includes(m)) return number(v);
  const key = intl();
  let f = wholeMoney.get(key);
  if (!f) wholeMoney.set(key, (f = new Intl.NumberFormat(key, { style: 'currency', currency: REPORTING_CURRENCY, maximumFractionDigits: 0, minimumFractionDigits: 0 })));
  return f.format(v / 100);
}
const wholeMoney = new Map<string, Intl.NumberFormat>();
