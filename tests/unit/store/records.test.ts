import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(name = `t${++n}-${Date.now()}`): Workspace {
  const w = new Workspace(name);
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('record commands', () => {
  it('creates a contact and projects it into the indexed table with search keys', async () => {
    const w = workspace();
    const c = await w.commands.create('contacts', { firstName: 'Ada', lastName: 'Lovelace', email: ' Ada@Example.COM ' });
    await w.docs.flushed();
    const row = await w.db.rows('contacts').get(c.id);
    expect(row?.email).toBe('ada@example.com');
    expect(row?.nameKey).toBe('lovelace ada');
    const found = await w.db.rows('contacts').where('words').startsWith('lov').toArray();
    expect(found.map((r) => r.id)).toEqual([c.id]);
  });

  it('restores records after a reload from the Yjs log', async () => {
    const name = `reload-${Date.now()}`;
    const a = workspace(name);
    const c = await a.commands.create('contacts', { firstName: 'Grace', lastName: 'Hopper' });
    await a.commands.update('contacts', c.id, { title: 'Rear Admiral' });
    await a.docs.flushed();
    a.close();
    const b = workspace(name);
    const again = await b.commands.get('contacts', c.id);
    expect(again).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', title: 'Rear Admiral' });
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const w = workspace();
    await expect(w.commands.create('contacts', { lastName: 'NoFirst' })).rejects.toThrow(/firstName is required/);
    await expect(w.commands.create('contacts', { firstName: 'A', email: 'not-an-email' })).rejects.toThrow(/email is not a valid email/);
    await expect(w.commands.create('deals', { title: 'X', pipelineId: 'p', stageId: 's', amount: 'lots', currency: 'USD' })).rejects.toThrow(/amount must be a number/);
    await expect(w.commands.create('contacts', { firstName: 'A', shoeSize: 42 })).rejects.toThrow(/shoeSize is not a field of Contact/);
    const e: unknown = await w.commands.create('contacts', { firstName: '', email: 'x' }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.map((i) => i.field).sort()).toEqual(['email', 'firstName']);
    await w.docs.flushed();
    expect(await w.db.rows('contacts').count()).toBe(0);
    expect(await w.db.ydocUpdates.count()).toBe(0);
  });

  it('rejects a patch that clears a required field and keeps the record whole', async () => {
    const w = workspace();
    const c = await w.commands.create('contacts', { firstName: 'Alan', lastName: 'Turing' });
    await expect(w.commands.update('contacts', c.id, { firstName: '  ', title: 'x' })).rejects.toThrow(/firstName is required/);
    await w.docs.flushed();
    expect(await w.db.rows('contacts').get(c.id)).toMatchObject({ firstName: 'Alan' });
    expect((await w.db.rows('contacts').get(c.id))?.title).toBeUndefined();
  });

  it('deletes by tombstone: the row leaves the table, the history stays in Yjs', async () => {
    const w = workspace();
    const c = await w.commands.create('companies', { name: 'Initech' });
    await w.commands.remove('companies', c.id);
    await w.docs.flushed();
    expect(await w.db.rows('companies').get(c.id)).toBeUndefined();
    const doc = await w.docs.get('companies');
    expect(doc.getMap('records').has(c.id)).toBe(true);
  });

  it('undoes and redoes the user’s own change, persisted like any other', async () => {
    const w = workspace();
    const c = await w.commands.create('companies', { name: 'Globex' });
    await new Promise((r) => setTimeout(r, 450));
    await w.commands.update('companies', c.id, { name: 'Globex Corp' });
    expect(w.undo.undo()).toBe(true);
    await w.docs.flushed();
    expect((await w.db.rows('companies').get(c.id))?.name).toBe('Globex');
    expect(w.undo.redo()).toBe(true);
    await w.docs.flushed();
    expect((await w.db.rows('companies').get(c.id))?.name).toBe('Globex Corp');
  });
});

describe('two tabs of one workspace', () => {
  it('an edit in one tab reaches the other tab’s Y.Doc through the BroadcastChannel', async () => {
    const name = `tabs-${Date.now()}`;
    const a = workspace(name);
    const b = workspace(name);
    const docB = await b.docs.get('contacts');
    const c = await a.commands.create('contacts', { firstName: 'Linus' });
    await a.docs.flushed();
    await expect.poll(() => docB.getMap('records').has(c.id)).toBe(true);
    // B's edit then merges with A's field-level, and A sees it.
    await b.commands.update('contacts', c.id, { lastName: 'Torvalds' });
    await expect.poll(async () => (await a.commands.get('contacts', c.id))?.lastName).toBe('Torvalds');
  });
});
