import type { ScoreDriver } from '../../../domain/leads/score.ts';
import { label, t, type MessageKey } from '../../i18n/index.svelte.ts';

/** "Source: Referral +20" in the UI language. */
export function driverText(d: ScoreDriver): string {
  const what = d.key === 'source' ? t('leads.driver.source', { source: label(`enum.source.${d.value}`, d.value ?? '') }) : t(`leads.driver.${d.key}` as MessageKey);
  return `${what} ${d.points > 0 ? '+' : '−'}${Math.abs(d.points)}`;
}
