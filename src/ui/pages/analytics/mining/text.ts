import type { JobError } from '../../../../mining/worker/types.ts';
import type { FeatureName } from '../../../../mining/worker/facts.ts';
import { intl, label, t, type MessageKey } from '../../../i18n/index.svelte.ts';
import { money } from '../../../lib/format.ts';

/** A worker error in the UI language; file errors name their line. */
export function errorText(e: JobError): string {
  if ('code' in e) return t(`mining.err.${e.code}` as MessageKey, e.params);
  return t('mining.err.generic', { msg: e.message });
}

export function featureLabel(f: FeatureName): string {
  switch (f.key) {
    case 'column':
      return f.value ?? '';
    case 'source':
      return `${t('mining.feature.source')}: ${label(`enum.source.${f.value}`, f.value ?? '')}`;
    case 'owner':
      return `${t('mining.feature.owner')}: ${f.value ?? ''}`;
    default:
      return label(`mining.feature.${f.key}`, f.key);
  }
}

/** Money features (reporting minor units, as the metrics define them) are shown as money; the rest as plain numbers. */
export function featureValue(f: FeatureName, v: number): string {
  if (f.key === 'monetary' || f.key === 'avgOrderValue') return reporting(v);
  return number(v, Math.abs(v) < 10 ? 2 : 0);
}

/** Major units of the reporting currency. */
export function usd(v: number, compact = false): string {
  return money(Math.round(v * 100), 'USD', compact);
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Reporting-currency minor units, the unit every metric returns. Compact figures keep
 * three significant digits so neighbouring axis ticks never read the same ("US$2.6M, US$2.8M").
 */
export function reporting(minor: number, compact = false): string {
  if (!Number.isFinite(minor)) return '—';
  const key = `${intl()}|${compact}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intl(), compact
      ? { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }
      : { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    moneyFormats.set(key, f);
  }
  return f.format(minor / 100);
}

export function pct(v: number, digits = 1): string {
  return Number.isFinite(v) ? `${number(v * 100, digits)}%` : '—';
}

export function fixed(v: number, digits = 2): string {
  return Number.isFinite(v) ? number(v, digits) : '—';
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the UI language. Formatters are cached: chart axes format every candidate tick
 * while fitting, and a new Intl.NumberFormat per call made a chart cost a long task.
 */
export function number(v: number | undefined, digits = 0): string {
  if (v === undefined || Number.isNaN(v)) return '';
  const key = `${intl()}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intl(), { maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f.format(v);
}
