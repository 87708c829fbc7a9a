import { contactName } from '../domain/entities/index.ts';
import { duplicateKeys } from '../domain/similarity.ts';
import type { KithDB } from './schema.ts';

export interface SimilarContact {
  id: string;
  name: string;
  by: 'email' | 'phone' | 'name';
}

const BY = { e: 'email', p: 'phone', n: 'name' } as const;

/** Contacts that may be the person described (same e-mail, phone or name key), strongest reason first; at most `limit`. */
export async function similarContacts(
  db: KithDB,
  input: { email?: string; phone?: string; country?: string; firstName?: string; lastName?: string },
  limit = 5,
): Promise<SimilarContact[]> {
  const keys = duplicateKeys(input);
  if (!keys.length) return [];
  const rows = await db.rows('contacts').where('dupKeys').anyOf(keys).limit(limit * 4).toArray();
  const out = new Map<string, SimilarContact>();
  // Keys come e-mail, phone, name: the first shared key is the strongest reason.
  for (const k of keys) {
    for (const r of rows) {
      if (out.has(r.id) || !r.dupKeys?.includes(k)) continue;
      out.set(r.id, { id: r.id, name: contactName(r), by: BY[k[0] as keyof typeof BY] });
    }
  }
  return [...out.values()].slice(0, limit);
}
