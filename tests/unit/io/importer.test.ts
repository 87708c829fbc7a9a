import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace.ts';
import { planImport, type Table } from '../../../src/io/index.ts';
import { Importer, LOG_PREFIX, type ImportLog } from '../../../src/store/importer.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(name = `imp${++n}-${Date.now()}`): Workspace {
  const w = new Workspace(name);
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const table = (columns: string[], rows: string[][]): Table => ({ columns, rows, encoding: 'utf-8' });

describe('importer', () => {
  it('imports contacts with their companies, updates matched ones, and reverts both exactly', async () => {
    const w = workspace();
    const ada = await w.commands.create('contacts', { firstName: 'Ada', email: 'ada@example.com', city: 'London' });
    const acme = await w.commands.create('companies', { name: 'Acme' });
    await w.docs.flushed();
    const t = table(['Name', 'Email', 'City', 'Company'], [['Ada Lovelace', 'ADA@example.com', 'Paris', 'Acme'], ['Bo Li', 'bo@example.com', '', 'Newco'], ['Cy Young', 'cy@example.com', '', 'newco']]);
    const existing = { contacts: await w.db.rows('contacts').toArray(), companies: await w.db.rows('companies').toArray() };
    const plan = planImport(t, { collection: 'contacts', existing, mode: 'upsert', matchOn: 'email' });
    expect(plan.errors).toEqual([]);
    const seen: number[] = [];
    const log = await w.importer.run('job1', { fileName: 'x.csv', collection: 'contacts', create: plan.create, update: plan.update, newCompanies: plan.newCompanies }, (d) => seen.push(d));
    expect(log.state).toBe('done');
    expect(seen.at(-1)).toBe(4);
    const rows = await w.db.rows('contacts').toArray();
    expect(rows).toHaveLength(3);
    const companies = await w.db.rows('companies').toArray();
    expect(companies.map((c) => c.name).sort()).toEqual(['Acme', 'Newco']);
    const newco = companies.find((c) => c.name === 'Newco')!;
    expect(rows.filter((r) => r.companyId === newco.id).map((r) => r.firstName).sort()).toEqual(['Bo', 'Cy']);
    expect(rows.find((r) => r.id === ada.id)).toMatchObject({ city: 'Paris', lastName: 'Lovelace', companyId: acme.id });

    await w.importer.revert('job1');
    const after = await w.db.rows('contacts').toArray();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: ada.id, city: 'London' });
    expect(after[0].lastName).toBeUndefined();
    expect(after[0].companyId).toBeUndefined();
    expect((await w.db.rows('companies').toArray()).map((c) => c.name)).toEqual(['Acme']);
    expect(((await w.db.meta.get(LOG_PREFIX + 'job1'))!.value as ImportLog).state).toBe('reverted');
  });

  it('cancel rolls back every chunk already written', async () => {
    const w = workspace();
    const importer = new Importer(w.docs, 100);
    const rows = Array.from({ length: 500 }, (_, i) => [`P${i}`, `p${i}@example.com`]);
    const plan = planImport(table(['First name', 'Email'], rows), { collection: 'contacts' });
    const job = { fileName: 'big.csv', collection: 'contacts' as const, create: plan.create, update: [], newCompanies: [] };
    let chunks = 0;
    const err = await importer
      .run('job2', job, () => {
        if (++chunks === 2) importer.cancel('job2');
      })
      .then(() => null, (e: Error) => e);
    expect(err?.name).toBe('ImportCancelled');
    expect(chunks).toBe(2);
    expect(await w.db.rows('contacts').count()).toBe(0);
    expect(((await w.db.meta.get(LOG_PREFIX + 'job2'))!.value as ImportLog).state).toBe('cancelled');
  });

  it('an import left running by a closed tab is rolled back on the next open', async () => {
    const name = `crash-${Date.now()}`;
    const a = workspace(name);
    const plan = planImport(table(['First name'], [['Ann'], ['Ben']]), { collection: 'contacts' });
    await a.importer.run('job3', { fileName: 'a.csv', collection: 'contacts', create: plan.create, update: [], newCompanies: [] });
    // Make the journal look as if the tab closed before the import finished.
    const row = (await a.db.meta.get(LOG_PREFIX + 'job3'))!;
    await a.db.meta.put({ key: row.key, value: { ...(row.value as ImportLog), state: 'running' } });
    expect(await a.db.rows('contacts').count()).toBe(2);
    a.close();
    const b = workspace(name);
    const rolled = await b.importer.recover();
    expect(rolled.map((l) => l.id)).toEqual(['job3']);
    expect(await b.db.rows('contacts').count()).toBe(0);
  });

  it("the workspace's warm-up loads no doc while an import is writing, and goes on once it is done", async () => {
    const w = workspace();
    // Small chunks: the import yields to the event loop many times, where warm-up would otherwise load docs.
    Object.assign(w, { importer: new Importer(w.docs, 5) });
    await w.docs.get('companies');
    await w.docs.get('contacts');
    const rows = Array.from({ length: 200 }, (_, i) => [`P${i}`, `p${i}@example.com`]);
    const plan = planImport(table(['First name', 'Email'], rows), { collection: 'contacts' });
    let importing = false;
    const loadedWhileImporting: string[] = [];
    // Called at once for the docs already loaded (not counted), then for each doc loaded later.
    w.docs.onLoaded((id) => {
      if (importing) loadedWhileImporting.push(id);
    });
    importing = true;
    const run = w.importer.run('job4', { fileName: 'w.csv', collection: 'contacts', create: plan.create, update: [], newCompanies: [] });
    const warm = w.warmUp();
    await run;
    importing = false;
    await warm;
    expect(loadedWhileImporting).toEqual([]);
    expect(w.docs.isLoaded('activities')).toBe(true);
    await w.importer.settled();
  });

  it('a chunk that fails to reach disk rolls the whole import back instead of reporting it done', async () => {
    const w = workspace();
    const importer = new Importer(w.docs, 10);
    const plan = planImport(table(['First name', 'Email'], Array.from({ length: 50 }, (_, i) => [`Q${i}`, `q${i}@example.com`])), { collection: 'contacts' });
    // The second chunk's IndexedDB transaction fails (as a full disk would); every other write goes through.
    const bulkAdd = w.db.ydocUpdates.bulkAdd.bind(w.db.ydocUpdates);
    let calls = 0;
    Object.assign(w.db.ydocUpdates, {
      bulkAdd: (...args: Parameters<typeof bulkAdd>) => (++calls === 2 ? Promise.reject(new Error('QuotaExceededError')) : bulkAdd(...args)),
    });
    const err = await importer.run('job5', { fileName: 'q.csv', collection: 'contacts', create: plan.create, update: [], newCompanies: [] }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/not saved/);
    expect(await w.db.rows('contacts').count()).toBe(0);
    expect(((await w.db.meta.get(LOG_PREFIX + 'job5'))!.value as ImportLog).state).toBe('rolled-back');
  });
});
