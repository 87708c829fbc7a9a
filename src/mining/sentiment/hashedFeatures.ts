/**
 * Features of the compact Russian model: hashed character 3- to 5-grams of each word (with
 * boundary marks, so endings and stems both count without a stemmer), whole words, and a
 * negation mark carried onto the next two words ("не работает" -> NEG:работает).
 * FNV-1a into a fixed number of buckets: the weights fit in a small file.
 */
const NEGATORS = new Set(['не', 'нет', 'ни', 'никак', 'никогда', 'ничего', 'нельзя', 'без']);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function ruTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/https?:\/\/\S+|www\.\S+|[@#][\w\u0400-\u04ff]+/g, ' ')
    .match(/[\u0430-\u044f]+|[a-z]+|[!?)(]/g) ?? [];
}

/** Distinct bucket indices of a text's features. */
export function ruFeatures(text: string, buckets: number): number[] {
  const out = new Set<number>();
  const add = (f: string) => out.add(fnv1a(f) % buckets);
  let negate = 0;
  for (const w of ruTokens(text)) {
    if (NEGATORS.has(w)) {
      negate = 2;
      add(`w:${w}`);
      continue;
    }
    add(`w:${w}`);
    if (negate > 0) {
      add(`n:${w.slice(0, 5)}`);
      negate--;
    }
    const m = `<${w}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= m.length; i++) add(m.slice(i, i + n));
  }
  return [...out];
}
