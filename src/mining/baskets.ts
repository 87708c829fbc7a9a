/**
 * Basket data in integer-coded CSR form: transaction t holds
 * `items[offsets[t] .. offsets[t+1])`, each code indexing `labels`. The miners work on
 * this form only, so string hashing happens once at the edge.
 */
export interface CodedTransactions {
  items: Int32Array;
  offsets: Int32Array;
  labels: string[];
}

export interface BasketParseOptions {
  /** Item separator; default: ',' if the first non-empty line has one, else any whitespace. */
  separator?: string;
}

function detectSeparator(text: string): string | null {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes(',') ? ',' : null;
}

function splitLine(line: string, sep: string | null): string[] {
  // Items are trimmed so e.g. Groceries' "cream cheese " and "cream cheese" stay one item.
  const parts = sep === null ? line.split(/\s+/) : line.split(sep);
  const out: string[] = [];
  for (const p of parts) {
    const s = p.trim();
    if (s !== '') out.push(s);
  }
  return out;
}

/** Parse .dat (blank-separated) or .csv (comma-separated, one basket per line) text. Empty lines are skipped. */
export function parseBaskets(text: string, o: BasketParseOptions = {}): string[][] {
  const sep = o.separator ?? detectSeparator(text);
  const out: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const items = splitLine(raw, sep);
    if (items.length > 0) out.push(items);
  }
  return out;
}

class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Code string baskets into CSR form; codes follow first appearance. */
export function encodeTransactions(transactions: readonly (readonly string[])[]): CodedTransactions {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const items = new IntBuffer(1024);
  const offsets = new Int32Array(transactions.length + 1);
  for (let t = 0; t < transactions.length; t++) {
    for (const s of transactions[t]) {
      let id = ids.get(s);
      if (id === undefined) {
        id = labels.length;
        ids.set(s, id);
        labels.push(s);
      }
      items.push(id);
    }
    offsets[t + 1] = items.length;
  }
  return { items: items.toArray(), offsets, labels };
}

/** Parse basket text straight to CSR form, skipping the string[][] intermediate. */
export function parseBasketsCoded(text: string, o: BasketParseOptions = {}): CodedTransactions {
  const sep = o.separator ?? detectSeparator(text);
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const items = new IntBuffer(text.length >> 2);
  const offsets = new IntBuffer(1024);
  offsets.push(0);
  for (const raw of text.split(/\r?\n/)) {
    const before = items.length;
    for (const s of splitLine(raw, sep)) {
      let id = ids.get(s);
      if (id === undefined) {
        id = labels.length;
        ids.set(s, id);
        labels.push(s);
      }
      items.push(id);
    }
    if (items.length > before) offsets.push(items.length);
  }
  return { items: items.toArray(), offsets: offsets.toArray(), labels };
}

export function transactionCount(t: CodedTransactions): number {
  return t.offsets.length - 1;
}

export { IntBuffer };
