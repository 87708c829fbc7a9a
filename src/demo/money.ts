/**
 * Currencies of the demo. Customers pay in their country's currency, so analytics
 * must normalise; `toUsd` uses the same fixed rates the generator priced with.
 */

export const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  US: 'USD',
  // The vendor is US-based: Canadian and Australian buyers are invoiced in USD.
  CA: 'USD',
  GB: 'GBP',
  IE: 'EUR',
  AU: 'USD',
  RU: 'RUB',
  CN: 'CNY',
};

import { PER_USD, toReporting } from '../domain/currency.ts';

export { PER_USD };

export function currencyOf(country: string): string {
  return CURRENCY_BY_COUNTRY[country] ?? 'USD';
}

/** Minor units in `currency` to US cents. */
export const toUsd = toReporting;

/**
 * A USD list price (cents) as a shelf price in another currency, rounded the
 * way shops round: 299.99 $, 275.99 €, 26 990 ₽, 2 159 ¥.
 */
export function shelfPrice(usdCents: number, currency: string): number {
  const x = (usdCents / 100) * (PER_USD[currency] ?? 1);
  if (currency === 'USD') return usdCents;
  if (currency === 'RUB') return (Math.max(1, Math.ceil(x / 100)) * 100 - 10) * 100;
  if (currency === 'CNY') return (Math.max(1, Math.ceil(x / 10)) * 10 - 1) * 100;
  return Math.max(1, Math.ceil(x)) * 100 - 1;
}

/** A deal-sized amount in `currency`, rounded to a figure a salesperson would quote. */
export function roundAmount(usd: number, currency: string): number {
  const x = usd * (PER_USD[currency] ?? 1);
  const step = x >= 1_000_000 ? 10_000 : x >= 100_000 ? 1_000 : x >= 10_000 ? 100 : 10;
  return Math.max(step, Math.round(x / step) * step) * 100;
}
