import { t } from '../i18n/index.svelte.ts';

/**
 * A full disk shows as QuotaExceededError (a DOMException, or its name after
 * crossing the store worker: Comlink keeps name and message). Dexie wraps it
 * as an AbortError whose inner error or message names it.
 */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: string; message?: string; inner?: unknown };
  return err.name === 'QuotaExceededError' || /QuotaExceeded/i.test(err.message ?? '') || isQuotaError(err.inner);
}

/** What a person reads when something failed: the translated quota message, or the error as it came. */
export function errorText(e: unknown): string {
  if (isQuotaError(e)) return t('trust.quota');
  return t('common.error', { msg: e instanceof Error ? e.message : String(e) });
}
