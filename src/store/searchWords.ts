// Search runs on a multi-entry IndexedDB index with prefix matching, so each
// record is reduced to the words a person would start typing.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

export function searchWords(...values: (string | undefined | null)[]): string[] {
  const out = new Set<string>();
  for (const raw of values) {
    if (!raw) continue;
    const v = raw.toLowerCase();
    for (const w of v.split(/[^\p{L}\p{N}@._+-]+/u)) {
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
