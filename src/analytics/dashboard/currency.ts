export { PER_USD, REPORTING_CURRENCY, toReporting } from '../../domain/currency.ts';
