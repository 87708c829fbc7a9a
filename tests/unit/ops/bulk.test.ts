import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`bulk${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function people(w: Workspace, k: number) {
  const out = [];
  for (let i = 0; i < k; i++) out.push(await w.commands.create('contacts', { firstName: `P${i}`, lastName: 'Bulk', tags: i === 0 ? ['vip'] : undefined }));
  return out;
}

describe('acting on a selection', () => {
  it('assigns an owner and adds a tag to exactly the selected rows, once', async () => {
    const w = workspace();
    const owner = await w.commands.create('members', { name: 'Olga', email: 'olga@kith.test', role: 'sales' });
    const ps = await people(w, 5);
    const chosen = [ps[0].id, ps[2].id, ps[4].id];
    expect(await w.run('records.assign', { collection: 'contacts', ids: chosen, ownerId: owner.id })).toBe(3);
    expect(await w.run('records.tag', { collection: 'contacts', ids: [...chosen, ps[0].id], tag: ' vip ' })).toBe(2);
    const rows = await w.db.rows('contacts').bulkGet(ps.map((p) => p.id));
    expect(rows.map((r) => r?.ownerId === owner.id)).toEqual([true, false, true, false, true]);
    expect(rows.map((r) => r?.tags ?? [])).toEqual([['vip'], [], ['vip'], [], ['vip']]);
  });

  it('a bad owner writes nothing at all', async () => {
    const w = workspace();
    const ps = await people(w, 3);
    await expect(w.run('records.assign', { collection: 'contacts', ids: ps.map((p) => p.id), ownerId: 'nobody' })).rejects.toBeInstanceOf(ValidationError);
    expect((await w.db.rows('contacts').toArray()).filter((r) => r.ownerId)).toEqual([]);
    await expect(w.run('records.tag', { collection: 'contacts', ids: [], tag: 'x' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('deletes the selection in one step that one undo brings back', async () => {
    const w = workspace();
    const ps = await people(w, 4);
    expect(await w.run('records.delete', { collection: 'contacts', ids: [ps[1].id, ps[3].id] })).toBe(2);
    expect((await w.db.rows('contacts').toArray()).map((r) => r.firstName).sort()).toEqual(['P0', 'P2']);
    expect(w.undo.undo()).toBe(true);
    await w.docs.flushed();
    expect((await w.db.rows('contacts').toArray()).map((r) => r.firstName).sort()).toEqual(['P0', 'P1', 'P2', 'P3']);
  });
});
