import type { Rng } from '../random.ts';

export type Locale = 'en' | 'ru' | 'zh';
export type Gender = 'm' | 'f';

/** A name as written natively and its Latin form (for e-mail addresses). */
export type Name = readonly [native: string, latin: string];

export interface Place {
  country: string;
  city: string;
  /** Latin city name, for slugs. */
  cityLatin: string;
  /** Hours ahead of UTC, so activities land in office hours. */
  utcOffset: number;
  weight: number;
  /** State / province / district list, as the country writes it in addresses. */
  region?: string;
  /** Start of the postal code: the rest is made up. */
  postal: string;
  /** Landline area codes of the city. */
  areaCodes: readonly string[];
  /** City districts (used by Chinese addresses). */
  districts?: readonly string[];
}

export interface CompanyName {
  name: string;
  /** The name without legal form, for deal titles ("Сибирь Трейд"). */
  short: string;
  /** Latin slug for the domain, unique enough together with the TLD. */
  slug: string;
  industry: string;
}

export interface PersonName {
  first: string;
  last: string;
  firstLatin: string;
  lastLatin: string;
}

/** Everything locale-specific the generator needs: names, places and how they are written. */
export interface LocalePack {
  locale: Locale;
  places: readonly Place[];
  personName(rng: Rng, gender: Gender): PersonName;
  /** Full name as people of this locale write it. */
  fullName(n: PersonName): string;
  address(rng: Rng, place: Place, kind: 'home' | 'office'): string;
  phone(rng: Rng, place: Place, mobile: boolean): string;
  companyName(rng: Rng, place: Place): CompanyName;
  /** Top-level domain a company in this country would use. */
  tld(rng: Rng, country: string): string;
  freeMail(country: string): readonly string[];
  titles: readonly string[];
}

export function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
