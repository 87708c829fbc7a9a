/**
 * Customers pay in their own currency, so every cross-customer sum is taken
 * in one reporting currency. The rates are fixed reference rates (the demo
 * prices with the same ones) until the workspace gets a rates setting.
 */
export const REPORTING_CURRENCY = 'USD';

/** Units of each currency per US dollar. */
export const PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.79, RUB: 90, CNY: 7.2, JPY: 150, CHF: 0.88, CAD: 1.36, AUD: 1.52,
};

/** Minor units of `currency` as minor units of the reporting currency (unknown currencies count 1:1). */
export function toReporting(minor: number, currency: string): number {
  return minor / (PER_USD[currency] ?? 1);
}
