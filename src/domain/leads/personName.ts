import type { Contact } from '../entities/index.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A lead holds one name as typed; a contact has first and last names and a locale.
 * Chinese names are written family name first without a space (one-character
 * family names are by far the most common); others are "first … last".
 */
export function splitPersonName(full: string): Pick<Contact, 'firstName' | 'lastName' | 'locale'> {
  const name = full.trim().replace(/\s+/g, ' ');
  if (CJK.test(name) && !name.includes(' ')) {
    return name.length > 1 ? { lastName: name.slice(0, 1), firstName: name.slice(1), locale: 'zh' } : { firstName: name, locale: 'zh' };
  }
  const locale = CYRILLIC.test(name) ? 'ru' : CJK.test(name) ? 'zh' : 'en';
  const cut = name.lastIndexOf(' ');
  if (cut < 0) return { firstName: name, locale };
  return { firstName: name.slice(0, cut), lastName: name.slice(cut + 1), locale };
}
