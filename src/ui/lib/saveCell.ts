import type { CollectionName } from '../../domain/entities/index.ts';
import { commandErrorText } from './commandError.ts';
import { workspace } from './session.svelte.ts';

/** Writes one field typed in a list cell through the store (which validates); the refusal in the UI language, or null. An emptied cell clears the field. */
export async function saveCell(collection: CollectionName, id: string, field: string, value: string): Promise<string | null> {
  try {
    await workspace().commands.update(collection, id, { [field]: value.trim() || undefined });
    return null;
  } catch (e) {
    return commandErrorText(e, collection);
  }
}
