import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { WriteFailedError } from '../../../src/store/docStore.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { recordsMap, writeFields } from '../../../src/store/yrecords.ts';
import { docState, expectProjectionMatches, tableRows } from './projectionCheck.ts';

let n = 0;
const open: Workspace[] = [];
function tab(name: string): Workspace {
  const w = new Workspace(name);
  open.push(w);
  return w;
}
const fresh = (p: string) => `${p}-${++n}-${Date.now()}`;
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Two tabs of one browser: one fake IndexedDB, one BroadcastChannel, both docs loaded. */
async function twoTabs(prefix: string) {
  const name = fresh(prefix);
  const a = tab(name);
  const b = tab(name);
  const c = await a.commands.create('contacts', { firstName: 'Ann', lastName: 'Lee', title: 'CTO' });
  await b.docs.get('contacts');
  await expect.poll(async () => (await b.commands.get('contacts', c.id))?.firstName).toBe('Ann');
  return { name, a, b, id: c.id };
}

async function converged(a: Workspace, b: Workspace): Promise<void> {
  await expect.poll(async () => (await docState(a, 'contacts')) === (await docState(b, 'contacts'))).toBe(true);
  await a.docs.flushed();
  await b.docs.flushed();
}

describe('two tabs writing at once', () => {
  it('the same field: both tabs and a reload show the merged Y.Doc’s value in the row', async () => {
    const { name, a, b, id } = await twoTabs('same');
    await Promise.all([a.commands.update('contacts', id, { firstName: 'SameA' }), b.commands.update('contacts', id, { firstName: 'SameB' })]);
    await converged(a, b);
    await expectProjectionMatches(a, ['contacts'], 'tab A');
    await expectProjectionMatches(b, ['contacts'], 'tab B');
    const winner = (await a.commands.get('contacts', id))!.firstName;
    expect(['SameA', 'SameB']).toContain(winner);
    expect((await tableRows(a, 'contacts'))[0].firstName).toBe(winner);
    // Both sides of the conflict stay visible in the history.
    const changes = (await a.history('contacts', id)).flatMap((e) => e.ch ?? []).map((c) => c[2]);
    expect(changes.sort()).toEqual(['SameA', 'SameB']);
    a.close();
    b.close();
    const c = tab(name);
    await expectProjectionMatches(c, ['contacts'], 'after reload');
    expect((await c.commands.get('contacts', id))!.firstName).toBe(winner);
  });

  it('different fields: both edits survive in the row', async () => {
    const { name, a, b, id } = await twoTabs('diff');
    await Promise.all([a.commands.update('contacts', id, { title: 'CEO' }), b.commands.update('contacts', id, { email: 'ann@lee.io' })]);
    await converged(a, b);
    await expectProjectionMatches(a, ['contacts']);
    expect((await tableRows(b, 'contacts'))[0]).toMatchObject({ title: 'CEO', email: 'ann@lee.io' });
    a.close();
    b.close();
    await expectProjectionMatches(tab(name), ['contacts'], 'after reload');
  });

  it('edit in one tab, delete in the other: deleted everywhere, no zombie row, whatever the order', async () => {
    for (const first of ['edit', 'delete'] as const) {
      const { name, a, b, id } = await twoTabs(`zombie-${first}`);
      const edit = () => a.commands.update('contacts', id, { title: 'Edited' });
      const del = () => b.commands.remove('contacts', id);
      await Promise.all(first === 'edit' ? [edit(), del()] : [del(), edit()]);
      await converged(a, b);
      await expectProjectionMatches(a, ['contacts'], first);
      expect(await a.db.rows('contacts').get(id)).toBeUndefined();
      expect(await a.isDeleted('contacts', id)).toBe(true);
      // The edit is not lost from the history: both sides are visible.
      expect((await a.history('contacts', id)).map((e) => e.op).sort()).toEqual(['create', 'delete', 'update']);
      a.close();
      b.close();
      const c = tab(name);
      await expectProjectionMatches(c, ['contacts'], `${first} after reload`);
      expect(await c.db.rows('contacts').get(id)).toBeUndefined();
    }
  });

  it('an update from another tab for a doc this tab has not loaded is applied, not dropped', async () => {
    const name = fresh('unloaded');
    const a = tab(name);
    const b = tab(name);
    const c = await a.commands.create('companies', { name: 'Globex' });
    expect(b.docs.isLoaded('companies')).toBe(false);
    await expect.poll(() => b.docs.isLoaded('companies')).toBe(true);
    expect((await b.commands.get('companies', c.id))?.name).toBe('Globex');
  });
});

describe('inbound updates (relay)', () => {
  it('applyRemote loads the doc, applies, persists and projects once; duplicates and garbage write nothing', async () => {
    const w = tab(fresh('inbound'));
    const other = new Y.Doc();
    const records = recordsMap(other);
    other.transact(() => {
      const m = new Y.Map<unknown>();
      records.set('r1', m);
      m.set('$base', { id: 'r1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', name: 'Remote Co' });
    });
    const update = Y.encodeStateAsUpdate(other);
    const seen: string[] = [];
    w.docs.onCommitted((docId, _u, origin) => seen.push(`${docId}:${origin}`));
    await w.docs.applyRemote('companies', update);
    expect(await w.db.rows('companies').get('r1')).toMatchObject({ name: 'Remote Co' });
    expect(await w.db.ydocUpdates.count()).toBe(1);
    await w.docs.applyRemote('companies', update);
    expect(await w.db.ydocUpdates.count()).toBe(1);
    await expect(w.docs.applyRemote('companies', new Uint8Array([1, 2, 3, 250, 7]))).rejects.toThrow();
    expect(await w.db.ydocUpdates.count()).toBe(1);
    expect(seen).toEqual(['companies:remote']);
    // A later remote edit re-projects the row.
    const sv = await w.docs.stateVector('companies');
    Y.applyUpdate(other, await w.docs.encodeStateAsUpdate('companies', Y.encodeStateVector(other)));
    other.transact(() => writeFields(records.get('r1')!, { name: 'Renamed Co' }));
    await w.docs.applyRemote('companies', Y.encodeStateAsUpdate(other, sv));
    expect((await w.db.rows('companies').get('r1'))?.name).toBe('Renamed Co');
    await expectProjectionMatches(w, ['companies']);
  });

  it('a reload repairs a row that disagrees with the Y.Doc', async () => {
    const name = fresh('repair');
    const a = tab(name);
    const c = await a.commands.create('contacts', { firstName: 'Right' });
    await a.db.rows('contacts').update(c.id, { firstName: 'Wrong' });
    a.close();
    const b = tab(name);
    await b.docs.get('contacts');
    await b.docs.flushed();
    expect((await b.db.rows('contacts').get(c.id))?.firstName).toBe('Right');
  });
});

describe('write failures', () => {
  it('a failed write (quota) rejects the command and nothing later is persisted on top of the lost update', async () => {
    const name = fresh('quota');
    const w = tab(name);
    const c = await w.commands.create('contacts', { firstName: 'Kept' });
    const spy = vi.spyOn(w.db.ydocUpdates, 'bulkAdd').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const lost = w.commands.update('contacts', c.id, { title: 'Lost' });
    // Queued behind the failing write, made from the state that includes the lost change.
    const queued = w.commands.update('contacts', c.id, { email: 'queued@x.io' });
    await expect(lost).rejects.toThrow(WriteFailedError);
    await expect(lost).rejects.toThrow(/QuotaExceededError/);
    await expect(queued).rejects.toThrow(WriteFailedError);
    spy.mockRestore();
    // The doc was reloaded from disk: the lost change is gone from memory too.
    expect((await w.commands.get('contacts', c.id))?.title).toBeUndefined();
    await w.commands.update('contacts', c.id, { lastName: 'Later' });
    await expectProjectionMatches(w, ['contacts']);
    w.close();
    const again = tab(name);
    const doc = await again.docs.get('contacts');
    // Nothing on disk depends on the lost update.
    expect(doc.store.pendingStructs).toBeNull();
    expect(doc.store.pendingDs).toBeNull();
    expect(await again.commands.get('contacts', c.id)).toMatchObject({ firstName: 'Kept', lastName: 'Later' });
    expect((await again.commands.get('contacts', c.id))?.title).toBeUndefined();
    await expectProjectionMatches(again, ['contacts']);
  });

  it('compaction runs in the write queue and a failure there is reported, not thrown away', async () => {
    const name = fresh('compact');
    const w = tab(name);
    const c = await w.commands.create('contacts', { firstName: 'C0' });
    for (let i = 1; i <= 70; i++) await w.commands.update('contacts', c.id, { firstName: `C${i}` });
    w.close();
    const b = tab(name);
    await b.docs.get('contacts');
    await b.docs.flushed();
    expect(await b.db.ydocUpdates.where('docId').equals('contacts').count()).toBe(0);
    expect((await b.db.ydocSnapshots.get('contacts'))?.upTo).toBeGreaterThan(0);
    b.close();
    const d = tab(name);
    expect((await d.commands.get('contacts', c.id))?.firstName).toBe('C70');
    await expectProjectionMatches(d, ['contacts']);
  });
});
