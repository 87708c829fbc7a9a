import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkDelete } from '../../../src/domain/tables/bulk.ts';
import { trashPurge, trashRestore } from '../../../src/domain/trash/commands.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { recordsMap } from '../../../src/store/yrecords.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`trash${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('Trash', () => {
  it('lists deleted records, restores one to the tables and search, and erases another for good', async () => {
    const w = workspace();
    const anna = await w.commands.create('contacts', { firstName: 'Anna', lastName: 'Smirnova', email: 'anna@acme.test' });
    const boris = await w.commands.create('contacts', { firstName: 'Boris', lastName: 'Orlov' });
    const acme = await w.commands.create('companies', { name: 'Acme' });
    const keep = await w.commands.create('contacts', { firstName: 'Kept' });
    expect(await w.trash(['contacts', 'companies'])).toEqual([]);

    await w.runner.run(bulkDelete, { collection: 'contacts', ids: [anna.id, boris.id] });
    await w.commands.remove('companies', acme.id);
    const listed = await w.trash(['contacts', 'companies']);
    expect(listed.map((i) => [i.collection, i.name]).sort()).toEqual([['companies', 'Acme'], ['contacts', 'Anna Smirnova'], ['contacts', 'Boris Orlov']]);
    expect(await w.db.rows('contacts').get(anna.id)).toBeUndefined();

    expect(await w.runner.run(trashRestore, { collection: 'contacts', ids: [anna.id, keep.id] })).toBe(1); // a live record is not in the Trash
    const back = await w.db.rows('contacts').get(anna.id);
    expect(back).toMatchObject({ id: anna.id, firstName: 'Anna', email: 'anna@acme.test' });
    expect(back).not.toHaveProperty('deletedAt');
    expect(back!.words).toContain('anna');
    expect((await w.history('contacts', anna.id)).map((h) => h.op)).toEqual(['create', 'delete', 'update']);

    expect(await w.runner.run(trashPurge, { collection: 'contacts', ids: [boris.id, anna.id] })).toBe(1); // only a deleted record can be purged
    expect(recordsMap(await w.docs.get('contacts')).has(boris.id)).toBe(false);
    expect(recordsMap(await w.docs.get('contacts')).has(anna.id)).toBe(true);
    expect((await w.trash(['contacts', 'companies'])).map((i) => i.name)).toEqual(['Acme']);
  });

  it('refuses a collection without a Trash and writes nothing', async () => {
    const w = workspace();
    const t = await w.commands.create('tasks', { title: 'x', status: 'open' });
    await w.commands.remove('tasks', t.id);
    await expect(w.runner.run(trashRestore, { collection: 'tasks' as 'contacts', ids: [t.id] })).rejects.toBeInstanceOf(ValidationError);
    expect(await w.isDeleted('tasks', t.id)).toBe(true);
  });
});
