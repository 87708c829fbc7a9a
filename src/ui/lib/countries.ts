/** Codes that Intl names but that are not countries or territories a customer lives in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

export interface Country {
  code: string;
  name: string;
}

const cache = new Map<string, Country[]>();

/**
 * Every ISO 3166 region the browser can name, in the given language and its
 * alphabetical order. Intl has no list of regions, so each two-letter code is
 * asked for its name; unassigned codes have none.
 */
export function countries(locale: string): Country[] {
  let list = cache.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    list = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (NOT_COUNTRIES.has(code)) continue;
        // Retired codes (DD, SU, YU, UK ...) are named like the country that replaced them; typing
        // "Германия" must give DE, not DD, so only a code that is its own canonical form is listed.
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const name = names.of(code);
        if (name && name !== code) list.push({ code, name });
      }
    const order = new Intl.Collator(locale);
    list.sort((x, y) => order.compare(x.name, y.name));
    cache.set(locale, list);
  }
  return list;
}

/** The code of a country typed by its name in the given language (any case) or by its code; undefined when none fits. */
export function countryCode(text: string, locale: string): string | undefined {
  const v = text.trim();
  if (!v) return undefined;
  const list = countries(locale);
  const up = v.toUpperCase();
  if (/^[A-Z]{2}$/.test(up) && list.some((c) => c.code === up)) return up;
  const lower = v.toLocaleLowerCase(locale);
  return list.find((c) => c.name.toLocaleLowerCase(locale) === lower)?.code;
}
