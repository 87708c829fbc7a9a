import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

it('rows that fail to reach disk without an update of their own (a repair, an indexing step) do not refuse the changes queued behind them', async () => {
  const w = new Workspace(`projfail-${Date.now()}`, { tabs: null });
  open.push(w);
  w.docs.onError = () => {};
  const ann = await w.commands.create('contacts', { firstName: 'Ann' });
  await w.docs.flushed();
  // A projection-only write that meets a full disk, and a user's edit queued right behind it.
  const rows = w.docs.project('contacts', {
    tables: ['contacts'],
    apply: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
  });
  const edit = w.commands.update('contacts', ann.id, { city: 'Oslo' });
  await expect(rows).rejects.toThrow(/QuotaExceededError/);
  await edit;
  expect((await w.db.rows('contacts').get(ann.id))?.city).toBe('Oslo');
  expect(w.docs.isLoaded('contacts')).toBe(true);
});
