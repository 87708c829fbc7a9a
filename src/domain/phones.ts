import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phones to E.164 so "+7 (912) 345-67-89" and "8 912 345 67 89" (in Russia) are one
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

/**
 * The one meaning of "the same phone", used by the form's duplicate warning (the
 * contacts' dupKeys index), the import's duplicate check and the Duplicates view:
 * the number in E.164, read with the record's own country for national forms; a
 * number that is not valid anywhere compares by its digits (at least seven, so an
 * extension or a typo is not everyone's phone). '' means no key.
 */
export function phoneKey(phone: string | undefined, country?: string): string {
  if (!phone) return '';
  const e164 = toE164(phone, country?.toUpperCase());
  if (e164) return e164;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits : '';
}
