import { phoneKey } from './phones.ts';

/**
 * Keys that make one person's name compare equal however it was typed:
 * full-width or half-width, Cyrillic or its Latin transliteration, any
 * order of given and family name. Used to flag possible duplicates, never
 * to merge on its own.
 */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

/** Latin spellings that transliteration schemes disagree on, folded to one. */
function phonetic(s: string): string {
  return s
    .replace(/shch|sch/g, 'S')
    .replace(/x/g, 'ks')
    .replace(/kh|h/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck|c(?=[aou])|q/g, 'k')
    .replace(/ts|tz|c/g, 'C')
    .replace(/[jy]/g, 'i')
    .replace(/ie|ii/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** One word of a name reduced to its comparable key. */
export function nameToken(word: string): string {
  const w = word.normalize('NFKC').toLowerCase();
  let latin = '';
  for (const ch of w) latin += CYR[ch] ?? ch;
  latin = latin.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[a-z]+$/.test(latin) ? phonetic(latin) : latin;
}

/** The comparable key of a whole name: tokens sorted, so "Иванов Иван" = "Ivan Ivanov"; CJK names lose their spaces. */
export function nameKey(...parts: (string | undefined)[]): string {
  const text = parts.filter(Boolean).join(' ').normalize('NFKC').trim();
  if (!text) return '';
  if (/^[\p{Script=Han}\s·・]+$/u.test(text)) return text.replace(/[\s·・]/g, '');
  return text
    .split(/[\s,.\-'’]+/u)
    .filter(Boolean)
    .map(nameToken)
    .sort()
    .join(' ');
}

/** Similarity in 0..1 of two keys (1 - normalised edit distance), for ranking candidate pairs. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[n] / Math.max(m, n);
}

/** E-mails compare without case and surrounding space. */
export function emailKey(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * Keys under which two contacts may be the same person: the e-mail without
 * case, the phone as `phoneKey` reads it (E.164 with the contact's country; the
 * same definition the import and the Duplicates view use), and the name key.
 * An index over them makes "is this person already here?" a lookup.
 */
export function duplicateKeys(c: { email?: string; phone?: string; country?: string; firstName?: string; lastName?: string }): string[] {
  const keys: string[] = [];
  const em = emailKey(c.email);
  if (em) keys.push(`e:${em}`);
  const phone = phoneKey(c.phone, c.country);
  if (phone) keys.push(`p:${phone}`);
  const nm = nameKey(c.firstName, c.lastName);
  if (nm) keys.push(`n:${nm}`);
  return keys;
}
