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

/** Money features are shown as money; the rest as plain numbers. */
export function featureValue(f: FeatureName, v: number): string {
  if (f.key === 'monetary' || f.key === 'avgOrderValue') return usd(v);
  return number(v, Math.abs(v) < 10 ? 2 : 0);
}

/** Major units of the reporting currency. */
export function usd(v: number, compact = false): string {
  return money(Math.round(v * 100), 'USD', compact);
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
