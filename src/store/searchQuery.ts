import type { Table } from 'dexie';
import { matchesTerms, queryTerms } from './searchWords.ts';

/** A row of a table with a multi-entry `words` index. */
export interface Searchable {
  id: string;
  words?: string[];
}

/**
 * Rows whose words start with every term typed, in any order ("adams aaron",
 * "Иван Петров"). The longest term drives the index lookup (it matches the fewest
 * rows); all terms then filter what that range returns, so the cost follows the
 * most selective word rather than the table size.
 */
export async function searchRows<R extends Searchable, K>(table: Table<R, K>, query: string, limit: number, keep?: (row: R) => boolean): Promise<R[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  let rows = table.where('words').startsWith(terms[0]).distinct();
  if (terms.length > 1 || keep) rows = rows.filter((r) => (terms.length === 1 || matchesTerms(r.words ?? [], terms)) && (!keep || keep(r)));
  return rows.limit(limit).toArray();
}
