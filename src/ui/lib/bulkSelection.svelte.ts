import type { BulkCollection } from '../../domain/tables/bulk.ts';
import { t } from '../i18n/index.svelte.ts';
import { commandErrorText } from './commandError.ts';
import { number } from './format.ts';
import { workspace } from './session.svelte.ts';

export interface BulkSelection {
  readonly ticked: ReadonlySet<string>;
  readonly busy: boolean;
  /** What the last action did, and whether it can be undone from the note. */
  readonly note: { text: string; undo: boolean } | null;
  tick(id: string, on: boolean): void;
  /** Ticks every row of the list (painted or not), or none. */
  tickAll(on: boolean): Promise<void>;
  clear(): void;
  dismiss(): void;
  assign(ownerId: string): Promise<void>;
  addTag(tag: string): Promise<void>;
  /** Runs another action on the ticked ids (one store command) and says what it did: `text` gets the formatted count. */
  perform(run: (ids: string[]) => Promise<number>, text: (n: string) => string): Promise<void>;
  /** Deletes the ticked records after asking; the note then offers Undo. */
  remove(): void;
  undo(): Promise<void>;
}

/**
 * Ticked rows of one list page and the actions on them: each action is one store command
 * (all or nothing, one undo step), shared by every page that lists a bulk collection.
 * `allIds` gives the ids of every row the list currently matches.
 */
export function bulkSelection(collection: BulkCollection, allIds: () => Promise<string[]> | string[]): BulkSelection {
  let ticked = $state(new Set<string>());
  let busy = $state(false);
  let note = $state<{ text: string; undo: boolean } | null>(null);

  async function act(run: (ids: string[]) => Promise<number>, text: (n: string) => string, undo = false) {
    busy = true;
    try {
      const n = await run([...ticked]);
      note = { text: text(number(n)), undo };
      ticked = new Set();
    } catch (e) {
      note = { text: commandErrorText(e, collection), undo: false };
    } finally {
      busy = false;
    }
  }

  return {
    get ticked() {
      return ticked;
    },
    get busy() {
      return busy;
    },
    get note() {
      return note;
    },
    tick(id, on) {
      const next = new Set(ticked);
      if (on) next.add(id);
      else next.delete(id);
      ticked = next;
    },
    async tickAll(on) {
      ticked = on ? new Set(await allIds()) : new Set();
    },
    clear() {
      ticked = new Set();
    },
    dismiss() {
      note = null;
    },
    assign: (ownerId) => act((ids) => workspace().commands.run('records.assign', { collection, ids, ownerId }), (n) => t('tables.assigned', { n })),
    perform: (run, text) => act(run, text),
    addTag: (tag) => act((ids) => workspace().commands.run('records.tag', { collection, ids, tag }), (n) => t('tables.tagged', { n })),
    remove() {
      if (!confirm(t('tables.confirmDelete', { n: number(ticked.size) }))) return;
      void act((ids) => workspace().commands.run('records.delete', { collection, ids }), (n) => t('tables.deleted', { n }), true);
    },
    async undo() {
      await workspace().undo.undo();
      note = { text: t('tables.undone'), undo: false };
    },
  };
}
