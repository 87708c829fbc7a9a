// Search runs on a multi-entry IndexedDB index with prefix matching, so each
// record is reduced to the words a person would start typing.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const SEPARATORS = /[^\p{L}\p{N}@._+-]+/u;

export function searchWords(...values: (string | undefined | null)[]): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    if (!raw) continue;
    const v = raw.toLowerCase();
    for (const w of v.split(SEPARATORS)) {
      if (!w) continue;
      out.add(w);
      // An email also matches by its local part and domain.
      if (w.includes('@')) for (const part of w.split(/[@.]/)) if (part.length > 1) out.add(part);
    }
    // Chinese has no spaces: index every suffix of a CJK run so a given name or
    // the middle of a company name still matches by prefix.
    for (const m of v.matchAll(CJK)) {
      const run = m[0];
      for (let i = 0; i < run.length; i++) out.add(run.slice(i));
    }
  }
  return [...out];
}

/** Key for sorting by name that treats case and accents alike. */
export function sortKey(s: string | undefined): string {
  return (s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The terms of a typed query, split as the index splits words, longest (most selective) first; a repeated term needs two words ("ив ив" finds Иван Иванов). */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(SEPARATORS).filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * True when each term starts a different word of the record, so "aa aaron" needs
 * two words, not one word counted twice. Queries have a handful of terms: a
 * backtracking match is cheap.
 */
export function matchesTerms(words: readonly string[], terms: readonly string[]): boolean {
  const used = new Set<number>();
  const assign = (k: number): boolean => {
    if (k === terms.length) return true;
    for (let i = 0; i < words.length; i++) {
      if (used.has(i) || !words[i].startsWith(terms[k])) continue;
      used.add(i);
      if (assign(k + 1)) return true;
      used.delete(i);
    }
    return false;
  };
  return assign(0);
}
