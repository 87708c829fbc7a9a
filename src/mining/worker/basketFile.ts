import { type CodedTransactions, IntBuffer } from '../baskets.ts';
import { DataError } from './errors.ts';
import { splitLines } from './text.ts';

/** Longer "items" are almost always a wrong file (a paragraph of text, a JSON blob). */
export const MAX_ITEM_LENGTH = 200;

/**
 * A basket file: one transaction per line, items separated by commas (.csv) or blanks (.dat).
 * Unlike the library's parseBaskets this validates and reports the offending line, since the
 * text comes from a user's file rather than a benchmark.
 */
export function parseBasketFile(text: string): CodedTransactions {
  const lines = splitLines(text);
  const firstNonEmpty = lines.find((l) => l.trim() !== '') ?? '';
  const sep: RegExp = firstNonEmpty.includes(',') ? /,/ : firstNonEmpty.includes(';') ? /;/ : /[\s]+/;
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const items = new IntBuffer(Math.max(1024, text.length >> 3));
  const offsets = new IntBuffer(1024);
  offsets.push(0);
  for (let i = 0; i < lines.length; i++) {
    const seenHere = new Set<number>();
    for (const raw of lines[i].split(sep)) {
      const s = raw.trim().replace(/^"(.*)"$/, '$1');
      if (s === '') continue;
      if (s.length > MAX_ITEM_LENGTH) throw new DataError('file.itemTooLong', { line: i + 1, max: MAX_ITEM_LENGTH });
      let id = ids.get(s);
      if (id === undefined) {
        id = labels.length;
        ids.set(s, id);
        labels.push(s);
      }
      // Repeats inside one basket count once: support is about baskets, not units.
      if (!seenHere.has(id)) {
        seenHere.add(id);
        items.push(id);
      }
    }
    if (seenHere.size > 0) offsets.push(items.length);
  }
  const tx = { items: items.toArray(), offsets: offsets.toArray(), labels };
  if (tx.offsets.length < 3) throw new DataError('file.tooFewRows', { n: tx.offsets.length - 1, min: 2 });
  return tx;
}
