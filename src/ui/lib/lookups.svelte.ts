import type { CollectionName } from '../../domain/entities/index.ts';
import { displayName } from '../../store/rows.ts';
import { live, type Live } from './live.svelte.ts';
import { workspace } from './session.svelte.ts';

/** id -> display name of a small collection (companies, members, products), kept live. Call during component init. */
export function names(collection: CollectionName): Live<Map<string, string>> {
  return live(
    () => collection,
    async (c) => {
      const rows = (await workspace().db.table(c).toArray()) as { id: string }[];
      return new Map(rows.map((r) => [r.id, displayName(c, r as never)]));
    },
    new Map<string, string>(),
  );
}
