/**
 * FP-Growth over integer-coded baskets.
 *
 * Design choices, all for speed in a JS engine:
 * - Items are re-coded to their global frequency rank (0 = most frequent), and every tree,
 *   including conditional ones, keeps paths in that global order. Paths therefore never need
 *   re-sorting: a prefix path read bottom-up is already in descending rank order.
 * - All nodes live in one struct-of-arrays arena of Int32Arrays. Conditional trees are built and
 *   discarded in strict LIFO order, so freeing a tree is just resetting the arena top.
 * - Per-depth scratch arrays (counts, header heads, root children) are indexed by rank and reset
 *   only at the entries that were touched, so no per-tree allocation happens.
 * - A conditional tree that is a single path is expanded combinatorially instead of recursed.
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { IntBuffer } from './baskets.ts';

export interface CodedBaskets {
  items: Int32Array;
  offsets: Int32Array;
}

export interface CodedItemsets {
  /** Item codes (the caller's codes, not ranks), itemset s at `items[offsets[s] .. offsets[s+1])`. */
  items: Int32Array;
  offsets: Int32Array;
  /** Absolute number of transactions containing each itemset. */
  counts: Int32Array;
  nTransactions: number;
  minCount: number;
}

export interface MineOptions extends Cancellable {
  /** Fraction of transactions; ignored when minCount is given. */
  minSupport?: number;
  minCount?: number;
  maxLength?: number;
}

/** Smallest count that satisfies support >= minSupport (the arules / FIMI convention). */
export function minCountFor(minSupport: number, n: number): number {
  // The epsilon keeps 0.01 * 100000 from becoming 1001 through float noise.
  return Math.max(1, Math.ceil(minSupport * n - 1e-9));
}

class Arena {
  item: Int32Array<ArrayBuffer> = new Int32Array(0);
  count: Int32Array<ArrayBuffer> = new Int32Array(0);
  parent: Int32Array<ArrayBuffer> = new Int32Array(0);
  link: Int32Array<ArrayBuffer> = new Int32Array(0);
  child: Int32Array<ArrayBuffer> = new Int32Array(0);
  sib: Int32Array<ArrayBuffer> = new Int32Array(0);
  top = 0;

  reserve(extra: number): void {
    const need = this.top + extra;
    if (need <= this.item.length) return;
    const cap = Math.max(need, this.item.length * 2, 1024);
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(cap);
      b.set(a.subarray(0, this.top));
      return b;
    };
    this.item = grow(this.item);
    this.count = grow(this.count);
    this.parent = grow(this.parent);
    this.link = grow(this.link);
    this.child = grow(this.child);
    this.sib = grow(this.sib);
  }
}

interface Level {
  cnt: Int32Array;
  head: Int32Array;
  rootChild: Int32Array;
  touched: Int32Array;
  freq: Int32Array;
}

export function mineFrequentItemsetsCoded(tx: CodedBaskets, o: MineOptions): CodedItemsets {
  const nTx = tx.offsets.length - 1;
  const minCount = o.minCount ?? minCountFor(o.minSupport ?? 0, nTx);
  const maxLen = o.maxLength ?? Number.POSITIVE_INFINITY;
  const { items: txItems, offsets } = tx;

  let maxCode = -1;
  for (let i = 0; i < txItems.length; i++) if (txItems[i] > maxCode) maxCode = txItems[i];
  const nCodes = maxCode + 1;

  // Frequencies counted once per transaction even if an item repeats in it.
  const freq = new Int32Array(nCodes);
  const lastSeen = new Int32Array(nCodes).fill(-1);
  for (let t = 0; t < nTx; t++) {
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const c = txItems[i];
      if (lastSeen[c] !== t) {
        lastSeen[c] = t;
        freq[c]++;
      }
    }
  }
  const frequentCodes: number[] = [];
  for (let c = 0; c < nCodes; c++) if (freq[c] >= minCount) frequentCodes.push(c);
  frequentCodes.sort((a, b) => freq[b] - freq[a] || a - b);
  const F = frequentCodes.length;
  const decode = Int32Array.from(frequentCodes);
  const rankOf = new Int32Array(nCodes).fill(-1);
  for (let r = 0; r < F; r++) rankOf[decode[r]] = r;

  const outItems = new IntBuffer(4096);
  const outOffsets = new IntBuffer(1024);
  const outCounts = new IntBuffer(1024);
  outOffsets.push(0);
  const prefix = new Int32Array(Math.max(1, Math.min(F, maxLen === Infinity ? F : maxLen)) + 1);
  const emit = (len: number, support: number): void => {
    for (let j = 0; j < len; j++) outItems.push(decode[prefix[j]]);
    outOffsets.push(outItems.length);
    outCounts.push(support);
  };

  const result = (): CodedItemsets => ({
    items: outItems.toArray(),
    offsets: outOffsets.toArray(),
    counts: outCounts.toArray(),
    nTransactions: nTx,
    minCount,
  });
  if (F === 0 || maxLen < 1) return result();

  const levels: Level[] = [];
  const level = (d: number): Level => {
    let L = levels[d];
    if (!L) {
      L = {
        cnt: new Int32Array(F),
        head: new Int32Array(F).fill(-1),
        rootChild: new Int32Array(F).fill(-1),
        touched: new Int32Array(F),
        freq: new Int32Array(F),
      };
      levels[d] = L;
    }
    return L;
  };

  const A = new Arena();
  const path = new Int32Array(F);

  // Insert one path (ranks ascending in path[len-1..0] order reversed: path[len-1] is nearest the root).
  const insertPath = (L: Level, len: number, c: number): void => {
    const { item, count, parent, link, child, sib } = A;
    let cur = -1;
    for (let j = len - 1; j >= 0; j--) {
      const x = path[j];
      let node: number;
      if (cur < 0) {
        node = L.rootChild[x];
        if (node < 0) {
          node = A.top++;
          item[node] = x;
          count[node] = c;
          parent[node] = -1;
          child[node] = -1;
          sib[node] = -1;
          link[node] = L.head[x];
          L.head[x] = node;
          L.rootChild[x] = node;
        } else count[node] += c;
      } else {
        let prev = -1;
        node = child[cur];
        while (node >= 0 && item[node] !== x) {
          prev = node;
          node = sib[node];
        }
        if (node < 0) {
          node = A.top++;
          item[node] = x;
          count[node] = c;
          parent[node] = cur;
          child[node] = -1;
          sib[node] = child[cur];
          child[cur] = node;
          link[node] = L.head[x];
          L.head[x] = node;
        } else {
          count[node] += c;
          // Move-to-front: baskets cluster, so the child just used is likely needed next.
          if (prev >= 0) {
            sib[prev] = sib[node];
            sib[node] = child[cur];
            child[cur] = node;
          }
        }
      }
      cur = node;
    }
  };

  // Build the initial tree.
  const L0 = level(0);
  A.reserve(txItems.length);
  const seen = new Int32Array(F).fill(-1);
  for (let t = 0; t < nTx; t++) {
    let len = 0;
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const r = rankOf[txItems[i]];
      if (r >= 0 && seen[r] !== t) {
        seen[r] = t;
        path[len++] = r;
      }
    }
    if (len === 0) continue;
    // Descending ranks so that path[len-1] (smallest rank) is inserted first, nearest the root.
    // Insertion sort: baskets are short, and a typed-array view per basket costs more.
    for (let i = 1; i < len; i++) {
      const v = path[i];
      let j = i - 1;
      while (j >= 0 && path[j] < v) {
        path[j + 1] = path[j];
        j--;
      }
      path[j + 1] = v;
    }
    insertPath(L0, len, 1);
  }
  for (let r = 0; r < F; r++) {
    L0.cnt[r] = freq[decode[r]];
    L0.freq[r] = r;
  }

  let treesBuilt = 0;

  // Emit all subsets of a single path; counts fall along the path so the deepest chosen node's count is the support.
  const expandPath = (d: number, start: number, nodes: Int32Array, n: number): void => {
    for (let j = start; j < n; j++) {
      prefix[d] = A.item[nodes[j]];
      emit(d + 1, A.count[nodes[j]]);
      if (d + 1 < maxLen) expandPath(d + 1, j + 1, nodes, n);
    }
  };

  const mine = (d: number, nItems: number): void => {
    const L = levels[d];
    const items = L.freq;
    for (let k = nItems - 1; k >= 0; k--) {
      if (d === 0) {
        throwIfAborted(o.signal);
        o.onProgress?.((nItems - 1 - k) / nItems);
      }
      const it = items[k];
      prefix[d] = it;
      emit(d + 1, L.cnt[it]);
      if (d + 1 >= maxLen) continue;

      const N = level(d + 1);
      const C2 = N.cnt;
      const T = N.touched;
      const { count, parent, item, link } = A;
      let nt = 0;
      let bound = 0;
      for (let n = L.head[it]; n >= 0; n = link[n]) {
        const c = count[n];
        for (let p = parent[n]; p >= 0; p = parent[p]) {
          const x = item[p];
          if (C2[x] === 0) T[nt++] = x;
          C2[x] += c;
          bound++;
        }
      }
      let nf = 0;
      const F2 = N.freq;
      for (let j = 0; j < nt; j++) {
        const x = T[j];
        if (C2[x] >= minCount) F2[nf++] = x;
        else C2[x] = 0;
      }
      if (nf === 0) continue;
      F2.subarray(0, nf).sort();

      const mark = A.top;
      A.reserve(bound);
      for (let n = L.head[it]; n >= 0; n = A.link[n]) {
        let len = 0;
        for (let p = A.parent[n]; p >= 0; p = A.parent[p]) {
          const x = A.item[p];
          if (C2[x] > 0) path[len++] = x;
        }
        if (len > 0) insertPath(N, len, A.count[n]);
      }
      if ((++treesBuilt & 1023) === 0) throwIfAborted(o.signal);

      // Single path: one node per item, each the parent of the next.
      let single = A.top - mark === nf;
      if (single) {
        for (let j = 1; j < nf; j++) {
          const node = N.head[F2[j]];
          if (A.parent[node] !== N.head[F2[j - 1]]) {
            single = false;
            break;
          }
        }
      }
      if (single) {
        const nodes = new Int32Array(nf);
        for (let j = 0; j < nf; j++) nodes[j] = N.head[F2[j]];
        expandPath(d + 1, 0, nodes, nf);
      } else {
        mine(d + 1, nf);
      }
      for (let j = 0; j < nf; j++) {
        const x = F2[j];
        C2[x] = 0;
        N.head[x] = -1;
        N.rootChild[x] = -1;
      }
      A.top = mark;
    }
  };
  mine(0, F);
  o.onProgress?.(1);
  return result();
}
