import * as Y from 'yjs';
import { ulid } from '../domain/ids.ts';
import { RECORD_TYPES, type CollectionName, type Collections } from '../domain/entities/index.ts';
import { ValidationError } from '../domain/validation.ts';
import type { DocStore } from './docStore.ts';
import type { UndoStack } from './undo.ts';
import { createRecord, readField, recordsMap, recordToJSON, writeFields } from './yrecords.ts';

export type Input = Record<string, unknown>;

/**
 * The one write path for collaborative records: validate, then one Yjs
 * transaction tagged 'user'. The projection to Dexie follows from the
 * transaction; nothing here touches Dexie.
 */
export class RecordCommands {
  constructor(
    private docs: DocStore,
    private undo: UndoStack,
    private clock: () => Date = () => new Date(),
  ) {}

  private async records(collection: CollectionName): Promise<{ doc: Y.Doc; map: Y.Map<Y.Map<unknown>> }> {
    const doc = await this.docs.get(collection);
    const map = recordsMap(doc);
    this.undo.track(collection, map as Y.AbstractType<unknown>);
    return { doc, map };
  }

  async create<C extends CollectionName>(collection: C, input: Input): Promise<Collections[C]> {
    const fields = RECORD_TYPES[collection].validateNew(input) as Input;
    const now = this.clock();
    const id = ulid(now.getTime());
    const stamp = now.toISOString();
    const { doc, map } = await this.records(collection);
    doc.transact(() => createRecord(map, id, { id, createdAt: stamp, updatedAt: stamp, ...fields }), 'user');
    return recordToJSON(map.get(id)!) as unknown as Collections[C];
  }

  async update<C extends CollectionName>(collection: C, id: string, patch: Input): Promise<Collections[C]> {
    const fields = RECORD_TYPES[collection].validatePatch(patch) as Input;
    const { doc, map } = await this.records(collection);
    const m = map.get(id);
    if (!m || readField(m, 'deletedAt')) throw new ValidationError(RECORD_TYPES[collection].entity, [{ field: 'id', message: `no record ${id}` }]);
    doc.transact(() => writeFields(m, { ...fields, updatedAt: this.clock().toISOString() }), 'user');
    return recordToJSON(m) as unknown as Collections[C];
  }

  /** Deletion is a tombstone, so the history stays auditable and a concurrent edit cannot resurrect half a record. */
  async remove(collection: CollectionName, id: string): Promise<void> {
    const { doc, map } = await this.records(collection);
    const m = map.get(id);
    if (!m) return;
    const stamp = this.clock().toISOString();
    doc.transact(() => writeFields(m, { deletedAt: stamp, updatedAt: stamp }), 'user');
  }

  async get<C extends CollectionName>(collection: C, id: string): Promise<Collections[C] | undefined> {
    const { map } = await this.records(collection);
    const m = map.get(id);
    return m && !readField(m, 'deletedAt') ? (recordToJSON(m) as unknown as Collections[C]) : undefined;
  }
}
