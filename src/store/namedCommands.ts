import type * as Y from 'yjs';
import type { CommandTx, Input, NamedCommand } from '../domain/commands.ts';
import { RECORD_TYPES, type CollectionName, type Collections } from '../domain/entities/index.ts';
import { ulid } from '../domain/ids.ts';
import { ValidationError } from '../domain/validation.ts';
import type { DocStore } from './docStore.ts';
import { createRecord, readField, recordsMap, recordToJSON, writeFields } from './yrecords.ts';

type Rec = Record<string, unknown>;
interface Pending {
  /** Records created by this command, whole. */
  created: Map<string, Rec>;
  /** Field patches to existing records. */
  patched: Map<string, Rec>;
}

/**
 * Runs a named domain command against the Y.Docs of the collections it declared.
 * Writes are validated at once and buffered; only when the command returns are
 * they applied, one Yjs transaction per collection doc, so a command that throws
 * leaves nothing behind.
 *
 * Interim: the sync branch builds the workspace's command runner ("Command map:");
 * at merge this file gives way to it, and the campaign and rule command maps
 * register there.
 */
export async function runNamed<A, R>(docs: DocStore, cmd: NamedCommand<A, R>, args: A, origin: string = 'user', now: Date = new Date()): Promise<R> {
  const maps = new Map<CollectionName, { doc: Y.Doc; map: Y.Map<Y.Map<unknown>> }>();
  for (const c of cmd.collections) {
    const doc = await docs.get(c);
    maps.set(c, { doc, map: recordsMap(doc) });
  }
  const pending = new Map<CollectionName, Pending>();
  const stamp = now.toISOString();
  const of = (c: CollectionName) => {
    const m = maps.get(c);
    if (!m) throw new Error(`command did not declare the collection ${c}`);
    let p = pending.get(c);
    if (!p) pending.set(c, (p = { created: new Map(), patched: new Map() }));
    return { ...m, p };
  };
  const read = (c: CollectionName, id: string): Rec | undefined => {
    const { map, p } = of(c);
    const made = p.created.get(id);
    if (made) return made;
    const y = map.get(id);
    if (!y) return undefined;
    return { ...recordToJSON(y), ...(p.patched.get(id) ?? {}) };
  };
  const live = (r: Rec | undefined) => (r && !r.deletedAt ? r : undefined);

  const tx: CommandTx = {
    now,
    author: null,
    get: <C extends CollectionName>(c: C, id: string) => live(read(c, id)) as Collections[C] | undefined,
    all: <C extends CollectionName>(c: C) => {
      const { map, p } = of(c);
      const out: Rec[] = [];
      for (const id of map.keys()) {
        const r = live(read(c, id));
        if (r) out.push(r);
      }
      for (const r of p.created.values()) if (!map.has(r.id as string)) out.push(r);
      return out as unknown as Collections[C][];
    },
    create: <C extends CollectionName>(c: C, input: Input) => {
      const fields = RECORD_TYPES[c].validateNew(input) as Rec;
      const id = ulid(now.getTime());
      const rec = { id, createdAt: stamp, updatedAt: stamp, ...fields };
      of(c).p.created.set(id, rec);
      return rec as unknown as Collections[C];
    },
    ensure: <C extends CollectionName>(c: C, id: string, input: Input) => {
      const existing = read(c, id);
      if (existing) return { record: existing as unknown as Collections[C], created: false };
      const fields = RECORD_TYPES[c].validateNew(input) as Rec;
      const rec = { id, createdAt: stamp, updatedAt: stamp, ...fields };
      of(c).p.created.set(id, rec);
      return { record: rec as unknown as Collections[C], created: true };
    },
    update: <C extends CollectionName>(c: C, id: string, patch: Input) => {
      const fields = RECORD_TYPES[c].validatePatch(patch) as Rec;
      const cur = live(read(c, id));
      if (!cur) throw new ValidationError(RECORD_TYPES[c].entity, [{ field: 'id', message: `no record ${id}` }]);
      const { p } = of(c);
      const next = { ...fields, updatedAt: stamp };
      const made = p.created.get(id);
      if (made) Object.assign(made, next);
      else p.patched.set(id, { ...(p.patched.get(id) ?? {}), ...next });
      return { ...cur, ...next } as unknown as Collections[C];
    },
    remove: (c, id) => {
      const { p } = of(c);
      if (p.created.delete(id)) return;
      if (read(c, id)) p.patched.set(id, { ...(p.patched.get(id) ?? {}), deletedAt: stamp, updatedAt: stamp });
    },
  };

  const result = cmd.run(tx, args);
  for (const [c, p] of pending) {
    if (!p.created.size && !p.patched.size) continue;
    const { doc, map } = maps.get(c)!;
    doc.transact(() => {
      for (const [id, rec] of p.created) if (!map.has(id)) createRecord(map, id, rec);
      for (const [id, patch] of p.patched) {
        const y = map.get(id);
        if (y && !readField(y, 'deletedAt')) writeFields(y, patch);
      }
    }, origin);
  }
  return result;
}
