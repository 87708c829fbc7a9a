import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace.ts';
import { planImport, planOrderFacts, type Table } from '../../../src/io/index.ts';
import { Importer, LOG_PREFIX, type ImportJob, type ImportLog } from '../../../src/store/importer.ts';
import { recordsMap } from '../../../src/store/yrecords.ts';

/**
 * A large import commits its Yjs updates first and puts its rows in the tables right after
 * (store/importer.ts, INDEX_LATER). These check that the rows it ends with are the rows an
 * import that wrote them at once ends with, and that the pass survives a closed tab and a revert.
 */
const open: Workspace[] = [];
let n = 0;
function workspace(name = `later${++n}-${Date.now()}`): Workspace {
  const w = new Workspace(name, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const table = (columns: string[], rows: string[][]): Table => ({ columns, rows, encoding: 'utf-8' });

function contactsJob(rows: number): ImportJob {
  const t = table(
    ['First name', 'Last name', 'Email', 'Company'],
    Array.from({ length: rows }, (_, i) => [`P${i}`, `Ivanov${i % 7}`, `p${i}@example.com`, `Firm ${i % 4}`]),
  );
  const plan = planImport(t, { collection: 'contacts' });
  expect(plan.errors).toEqual([]);
  return { fileName: 'many.csv', collection: 'contacts', create: plan.create, update: [], newCompanies: plan.newCompanies };
}

/** A row as the tables hold it, without what differs between two imports of the same file (ids, times). */
function comparable(r: Record<string, unknown>, companyName: Map<string, string>): Record<string, unknown> {
  const { id: _i, createdAt: _c, updatedAt: _u, companyId, dupKeys: _d, ...rest } = r;
  return { ...rest, company: companyName.get(String(companyId)) };
}

async function tableOf(w: Workspace): Promise<Record<string, unknown>[]> {
  const companies = new Map((await w.db.rows('companies').toArray()).map((c) => [c.id, c.name]));
  const rows = (await w.db.rows('contacts').toArray()) as unknown as Record<string, unknown>[];
  return rows.map((r) => comparable(r, companies)).sort((a, b) => String(a.email).localeCompare(String(b.email)));
}

function journal(w: Workspace, id: string): Promise<ImportLog> {
  return w.db.meta.get(LOG_PREFIX + id).then((r) => r!.value as ImportLog);
}

describe('a large import indexes its rows after it commits', () => {
  it('ends with the same rows as an import that wrote them with its updates, and says how far it got', async () => {
    const inline = workspace();
    const later = workspace();
    const deferred = new Importer(later.docs, 20, { indexInlineUpTo: 10, indexStep: 15 });
    await inline.importer.run('a', contactsJob(70));
    const log = await deferred.run('b', contactsJob(70));
    // 4 new companies and 70 contacts, indexed after the commit.
    expect(log.index).toEqual({ total: 74, done: 0 });
    // The records are in the doc (durable) whatever the tables hold yet.
    expect(recordsMap(await later.docs.get('contacts')).size).toBe(70);
    const seen: number[] = [];
    await deferred.indexed('b', (done, total) => seen.push(done / total));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(1);
    expect(await tableOf(later)).toEqual(await tableOf(inline));
    expect((await journal(later, 'b')).index).toEqual({ total: 74, done: 74 });
    // The import's updates are folded into the snapshots: the next open has none of them to re-project.
    await later.docs.flushed();
    expect(await later.db.ydocUpdates.where('docId').anyOf('contacts', 'companies').count()).toBe(0);
    expect(await later.db.ydocSnapshots.get('contacts')).toBeDefined();
  });

  it('a small import still writes its rows with its updates (none left to index)', async () => {
    const w = workspace();
    const log = await w.importer.run('s', contactsJob(30));
    expect(log.index).toBeUndefined();
    expect(await w.db.rows('contacts').count()).toBe(30);
  });

  it('a pass cut short by a closed tab goes on from its journal at the next open', async () => {
    const name = `later-crash-${Date.now()}`;
    const a = workspace(name);
    const importer = new Importer(a.docs, 20, { indexInlineUpTo: 10, indexStep: 10 });
    await importer.run('c', contactsJob(60));
    // Stopped after its first step, as closing the tab would.
    await importer.indexed('c', () => void importer.stopIndexing('c'));
    const cut = (await journal(a, 'c')).index!;
    expect(cut.done).toBeGreaterThan(0);
    expect(cut.done).toBeLessThan(cut.total);
    expect(await a.db.rows('contacts').count()).toBeLessThan(60);
    a.close();

    const b = workspace(name);
    expect(await b.importer.recover()).toEqual([]);
    await b.importer.indexed('c');
    expect(await b.db.rows('contacts').count()).toBe(60);
    expect(await b.db.rows('companies').count()).toBe(4);
    expect((await journal(b, 'c')).index).toEqual({ total: 64, done: 64 });
  });

  it('a step that fails to reach disk stops the pass with its error; the next open goes on from the journal', async () => {
    const name = `later-fail-${Date.now()}`;
    const a = workspace(name);
    const importer = new Importer(a.docs, 20, { indexInlineUpTo: 10, indexStep: 10 });
    const project = a.docs.project.bind(a.docs);
    let calls = 0;
    Object.assign(a.docs, { project: (...args: Parameters<typeof project>) => (++calls === 3 ? Promise.reject(new Error('QuotaExceededError')) : project(...args)) });
    a.docs.onError = () => {};
    await importer.run('f', contactsJob(50));
    await expect(importer.indexed('f')).rejects.toThrow('QuotaExceededError');
    // Two steps landed (each collection goes in steps of its own): the four companies, then ten contacts.
    expect((await journal(a, 'f')).index).toEqual({ total: 54, done: 14 });
    expect(await a.db.rows('contacts').count()).toBe(10);
    a.close();
    const b = workspace(name);
    await b.importer.recover();
    await b.importer.indexed('f');
    expect(await b.db.rows('contacts').count()).toBe(50);
  });

  it('a record edited or deleted before its row is indexed is indexed as it is now', async () => {
    const w = workspace();
    const importer = new Importer(w.docs, 20, { indexInlineUpTo: 10, indexStep: 10 });
    const log = await importer.run('e', contactsJob(40));
    await importer.stopIndexing('e');
    const ids = log.created.contacts!;
    const last = ids.at(-1)!;
    const gone = ids.at(-2)!;
    await w.commands.update('contacts', last, { city: 'Kazan' });
    await w.commands.remove('contacts', gone);
    // The next open's recover() goes on with the same journal.
    const resumed = new Importer(w.docs, 20, { indexInlineUpTo: 10, indexStep: 10 });
    await resumed.recover();
    await resumed.indexed('e');
    expect((await w.db.rows('contacts').get(last))?.city).toBe('Kazan');
    expect(await w.db.rows('contacts').get(gone)).toBeUndefined();
    expect(await w.db.rows('contacts').count()).toBe(39);
  });

  it('reverting while the rows are being indexed leaves none of them', async () => {
    const w = workspace();
    const importer = new Importer(w.docs, 20, { indexInlineUpTo: 10, indexStep: 10 });
    await importer.run('r', contactsJob(60));
    let reverting: Promise<ImportLog> | null = null;
    await importer.indexed('r', () => (reverting ??= importer.revert('r')));
    expect(reverting).not.toBeNull();
    expect((await reverting!).state).toBe('reverted');
    await importer.settled();
    expect(await w.db.rows('contacts').count()).toBe(0);
    expect(await w.db.rows('companies').count()).toBe(0);
  });

  it('an orders file: batches land with the import, order rows right after, and revert drops both', async () => {
    const w = workspace();
    const contacts = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, email: `c${i}@example.com` }));
    const products = [{ id: 'p1', sku: 'SKU-1' }];
    const lines = Array.from({ length: 90 }, (_, i) => [`N${Math.floor(i / 3)}`, `2025-0${1 + (i % 6)}-01`, `c${i % 5}@example.com`, 'SKU-1', '2', '10.00']);
    const { facts } = planOrderFacts(table(['Order', 'Date', 'Email', 'SKU', 'Qty', 'Unit price'], lines), { contacts, products });
    const importer = new Importer(w.docs, 20, { indexInlineUpTo: 10, indexStep: 7 });
    const log = await importer.run('o', { fileName: 'o.csv', collection: 'orders', create: [], update: [], newCompanies: [], facts });
    expect(log.index).toEqual({ total: 30, done: 0 });
    expect(await w.db.batches.count()).toBe(log.batches.length);
    // Read when the first step of 7 rows has landed: an import that wrote its rows with the batches would show all 30.
    let early: Promise<number> | null = null;
    await importer.indexed('o', () => void (early ??= w.db.orders.count()));
    expect(await early).toBeLessThan(30);
    const rows = await w.db.orders.toArray();
    expect(rows.map((o) => o.number).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `N${i}`).sort());
    expect(rows.every((o) => o.total === 2000 * 3 && o.lineCount === 3)).toBe(true);
    await importer.revert('o');
    expect(await w.db.orders.count()).toBe(0);
    expect(await w.db.batches.count()).toBe(0);
  });
});
