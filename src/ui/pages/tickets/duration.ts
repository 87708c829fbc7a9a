import { t } from '../../i18n/index.svelte.ts';

/**
 * A span of time in its two largest units ("2 d 5 h", "40 min"): support
 * waits range from minutes to weeks, and more precision is noise.
 */
export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const mins = Math.round(Math.abs(ms) / 6e4);
  if (mins < 1) return t('dur.lessThanMinute');
  const d = Math.floor(mins / 1440);
  const h = Math.floor((mins % 1440) / 60);
  const m = mins % 60;
  const parts: string[] = [];
  if (d) parts.push(t('dur.d', { n: d }));
  if (h) parts.push(t('dur.h', { n: h }));
  if (m && !d) parts.push(t('dur.m', { n: m }));
  return parts.slice(0, 2).join(' ');
}
