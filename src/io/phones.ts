import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phones to E.164 so "+7 (912) 345-67-89" and "8 912 345 67 89" are one
 * number. The `min` metadata keeps the bundle small; it validates length and
 * prefix per country, which is what matching needs.
 */
export function toE164(text: string, defaultCountry?: string): string | null {
  const s = text.trim();
  if (!s) return null;
  const country = defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const p = parsePhoneNumberFromString(s, country);
  return p && p.isValid() ? p.number : null;
}

/** The country whose numbers a file most likely holds when it names none: the UI language's. */
export function defaultCountryFor(locale: 'en' | 'ru' | 'zh'): string {
  return locale === 'ru' ? 'RU' : locale === 'zh' ? 'CN' : 'US';
}
