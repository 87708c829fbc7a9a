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
});
