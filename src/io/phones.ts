export { toE164 } from '../domain/phones.ts';

/** The country whose numbers a file most likely holds when it names none: the UI language's. */
export function defaultCountryFor(locale: 'en' | 'ru' | 'zh'): string {
  return locale === 'ru' ? 'RU' : locale === 'zh' ? 'CN' : 'US';
}
