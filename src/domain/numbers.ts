/**
 * One locale-aware number reader for forms and imports alike, so "1 500,50"
 * typed in the Russian UI and the same text in a CSV both mean 1500.5.
 *
 * Grouping marks: space, no-break space (U+00A0), narrow no-break space
 * (U+202F), apostrophe (Swiss) and, where they cannot be the decimal mark, "," or ".".
 * With both "," and "." present the later one is the decimal mark. With one of
 * them alone: repeated, or followed by exactly three digits after a non-zero
 * integer part in a locale whose decimal mark is the other one, it groups thousands.
 */
export type NumberLocale = 'en' | 'ru' | 'zh';

const CURRENCY_MARKS = /[$€£¥₽₴₸元円￥]|руб\.?|р\.|RUB|USD|EUR|CNY|GBP|JPY|RMB/giu;
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’]/gu;

/** The decimal mark a locale writes: Russian uses a comma; English and Chinese a point. */
export function decimalMark(locale: NumberLocale): ',' | '.' {
  return locale === 'ru' ? ',' : '.';
}

/** The number in `text`, or null when it is not one (so the caller can say which cell is wrong). */
export function parseNumber(text: string, locale: NumberLocale = 'en'): number | null {
  let s = text.trim();
  if (!s) return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_MARKS, '').replace(/\u2212/g, '-').replace(GROUP_SPACES, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [int, frac, ...rest] = s.split(dec);
    if (rest.length || frac === undefined || frac.includes(group)) return null;
    if (!validGrouping(int, group)) return null;
    normal = `${int.split(group).join('')}.${frac}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = s.split(mark);
    const groupsThousands =
      parts.length > 2 || (mark !== decimalMark(locale) && parts.length === 2 && parts[1].length === 3 && /[1-9]/.test(parts[0]));
    if (groupsThousands) {
      if (!validGrouping(s, mark)) return null;
      normal = parts.join('');
    } else normal = `${parts[0] || '0'}.${parts[1]}`;
  } else normal = s;
  const n = Number(normal);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

function validGrouping(int: string, group: string): boolean {
  const parts = int.split(group);
  if (parts.length === 1) return true;
  return parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3);
}

/** Money as integer minor units (cents, kopecks, fen), rounded half away from zero. */
export function parseMoney(text: string, locale: NumberLocale = 'en'): number | null {
  const n = parseNumber(text, locale);
  if (n === null) return null;
  return Math.sign(n) * Math.round(Math.abs(n) * 100);
}
