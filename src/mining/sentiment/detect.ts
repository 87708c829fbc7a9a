/** Language by script: Han -> zh, Cyrillic -> ru, Latin -> en (only English has a Latin lexicon). */
export type Lang = 'en' | 'ru' | 'zh' | 'other';

const EN_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'is', 'are', 'was', 'were', 'i', 'you', 'it', 'this', 'that', 'to', 'of', 'in',
  'for', 'on', 'with', 'my', 'we', 'they', 'not', 'but', 'be', 'have', 'has', 'had', 'so', 'very', 'at', 'me',
]);

export function stripNoise(text: string): string {
  // URLs, @mentions and #tags are Latin in any language and would skew the script count.
  return text.replace(/https?:\/\/\S+|www\.\S+|[@#][\w\u0400-\u04ff]+/g, ' ');
}

export function detectLanguage(text: string): Lang {
  const t = stripNoise(text);
  let han = 0;
  let cyr = 0;
  let lat = 0;
  for (const ch of t) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
  }
  // One Han character is worth about three Latin letters of content.
  if (han > 0 && han * 3 >= Math.max(cyr, lat)) return 'zh';
  if (cyr > 0 && cyr >= lat) return 'ru';
  if (lat === 0) return 'other';
  const words = t.toLowerCase().match(/[a-z']+/g) ?? [];
  // Long Latin text with no English function word is probably another Latin-script language.
  if (words.length >= 6 && !words.some((w) => EN_FUNCTION_WORDS.has(w))) return 'other';
  return 'en';
}
