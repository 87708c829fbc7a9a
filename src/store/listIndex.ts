import { matchesTerms, queryTerms } from './searchWords.ts';

/** What a list page asks for: typed words, equality filters and a sort. */
export interface ListSpec {
  /** Typed search; every word must start a different word of the record, in any order. */
  q: string;
  /** Field -> required value; an empty value means any. */
  where: Record<string, string>;
  /** Column key and direction; null keeps the name order. */
  sort: { key: string; dir: 1 | -1 } | null;
}

/** One window of a list: the rows from `offset` and how many match in all. */
export interface ListWindow<R> {
  total: number;
  offset: number;
  rows: R[];
  /** Bumped on every change of the underlying table, so a page can tell fresh windows from stale ones. */
  version: number;
}

export interface Listed {
  id: string;
  nameKey?: string;
  words?: string[];
}

type SortValue = string | number | undefined;

/** How to sort by a column: the row's value for it and how two texts compare (the UI language's collation). */
export interface SortBy<R> {
  value: (row: R, key: string) => SortValue;
  compare: (a: string, b: string) => number;
  /** Names the collation, so answers cached for one language are not served to another. */
  tag: string;
}

/**
 * Every row of one table in memory, in name order, answering search / filter / sort
 * queries for a list page. It lives in a worker so the page never touches more than
 * the window it paints; the last answer is kept, so scrolling only slices it.
 */
export class ListIndex<R extends Listed> {
  private byId = new Map<string, R>();
  private ordered: R[] | null = null;
  private last: { key: string; rows: R[] } | null = null;
  /** Every search word with the name-order position of its row, sorted by word: a prefix is a binary search away. */
  private postings: { words: string[]; at: Int32Array } | null = null;
  /** Field -> value -> its rows in name order, built on the first filter by that field: a pick then costs its matches, not a scan. */
  private buckets = new Map<string, Map<string, R[]>>();
  version = 0;

  get size(): number {
    return this.byId.size;
  }

  reset(rows: R[]): void {
    this.byId = new Map(rows.map((r) => [r.id, r]));
    this.changed();
  }

  /** Applies rows written since the last call: `rows` were put, ids missing from it were deleted. */
  apply(ids: readonly string[], rows: readonly (R | undefined)[]): void {
    ids.forEach((id, i) => {
      const r = rows[i];
      if (r) this.byId.set(id, r);
      else this.byId.delete(id);
    });
    this.changed();
  }

  private changed(): void {
    this.ordered = null;
    this.last = null;
    this.postings = null;
    this.buckets.clear();
    this.version++;
  }

  /** All rows in name order (IndexedDB's order of the nameKey index: code units, then id). */
  private all(): R[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) => {
      const x = a.nameKey ?? '';
      const y = b.nameKey ?? '';
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    return this.ordered;
  }

  /** The rows matching `spec`; sorted by `by` when the spec names a column, else in name order. */
  select(spec: ListSpec, by?: SortBy<R>): R[] {
    const key = JSON.stringify([spec.q.trim().toLowerCase(), Object.entries(spec.where).filter(([, v]) => v !== '').sort(), spec.sort, by?.tag]);
    if (this.last?.key === key) return this.last.rows;
    const terms = queryTerms(spec.q);
    const where = Object.entries(spec.where).filter(([, v]) => v !== '');
    let rows: R[];
    if (terms.length) rows = this.startingWith(terms[0]);
    else if (where.length) {
      // The smallest bucket of the fields filtered on, then the other fields checked on its rows.
      const [first, ...rest] = where.map(([f, v]) => [f, v, this.bucket(f, v)] as const).sort((a, b) => a[2].length - b[2].length);
      rows = first[2];
      where.splice(0, where.length, ...rest.map(([f, v]) => [f, v] as [string, string]));
    } else rows = this.all();
    if (terms.length || where.length)
      rows = rows.filter((r) => {
        const rec = r as unknown as Record<string, unknown>;
        for (const [f, v] of where) if (String(rec[f] ?? '') !== v) return false;
        return terms.length === 0 || matchesTerms(r.words ?? [], terms);
      });
    if (spec.sort && by) {
      const { key: col, dir } = spec.sort;
      const keyed = rows.map((r) => [by.value(r, col), r] as const);
      // Empty values go last whichever the direction; the sort is stable, so ties keep name order.
      keyed.sort(([a], [b]) => {
        const ea = a === undefined || a === '';
        const eb = b === undefined || b === '';
        if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
        const d = typeof a === 'number' && typeof b === 'number' ? a - b : by.compare(String(a), String(b));
        return d * dir;
      });
      rows = keyed.map(([, r]) => r);
    }
    this.last = { key, rows };
    return rows;
  }

  /** The rows whose `field` reads as `value` (as the filter compares it), in name order. */
  private bucket(field: string, value: string): R[] {
    let byValue = this.buckets.get(field);
    if (!byValue) {
      byValue = new Map();
      for (const r of this.all()) {
        const v = String((r as unknown as Record<string, unknown>)[field] ?? '');
        let list = byValue.get(v);
        if (!list) byValue.set(v, (list = []));
        list.push(r);
      }
      this.buckets.set(field, byValue);
    }
    return byValue.get(value) ?? [];
  }

  /** Rows having a word that starts with `prefix`, in name order, found through the sorted words rather than a scan. */
  private startingWith(prefix: string): R[] {
    const all = this.all();
    if (!this.postings) {
      const pairs: [string, number][] = [];
      all.forEach((r, i) => {
        for (const w of r.words ?? []) pairs.push([w, i]);
      });
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.postings = { words: pairs.map((p) => p[0]), at: Int32Array.from(pairs, (p) => p[1]) };
    }
    const { words, at } = this.postings;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const hits = new Set<number>();
    for (let i = lo; i < words.length && words[i].startsWith(prefix); i++) hits.add(at[i]);
    return [...hits].sort((a, b) => a - b).map((i) => all[i]);
  }

  window(spec: ListSpec, offset: number, limit: number, by?: SortBy<R>): ListWindow<R> {
    const rows = this.select(spec, by);
    const from = Math.max(0, Math.min(offset, rows.length));
    return { total: rows.length, offset: from, rows: rows.slice(from, from + limit), version: this.version };
  }
}

/** Primary keys named by a Dexie `storagemutated` range set, or null when it covers a range (a clear or a bulk write). */
export function mutatedKeys(node: unknown): string[] | null {
  const out: string[] = [];
  const walk = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return true;
    const r = n as { d?: number; from?: unknown; to?: unknown; l?: unknown; r?: unknown };
    if (!r.d) return true;
    if (typeof r.from !== 'string' || r.from !== r.to) return false;
    out.push(r.from);
    return walk(r.l) && walk(r.r);
  };
  return walk(node) ? out : null;
}
