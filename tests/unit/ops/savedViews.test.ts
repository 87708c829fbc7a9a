import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_VIEW, applyView, sameState, viewNameIssue, viewsOf, type ViewState } from '../../../src/domain/tables/views.ts';
import type { SavedView } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`views${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const customers: ViewState = { search: 'adams', filters: { lifecycle: 'customer' }, sort: { key: 'name', dir: 'desc' }, hidden: ['email', 'phone'] };

async function issuesOf(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => `${i.field}:${i.code}`);
}

describe('saved views', () => {
  it('saves, renames, updates and deletes a view of a list', async () => {
    const w = workspace();
    const v = (await w.run('view.save', { list: 'contacts', name: '  Customers  ', state: customers })) as SavedView;
    const [row] = await w.db.rows('views').where('list').equals('contacts').toArray();
    expect(row).toMatchObject({ id: v.id, name: 'Customers', search: 'adams', filters: { lifecycle: 'customer' }, sort: { key: 'name', dir: 'desc' }, hidden: ['email', 'phone'] });

    await w.run('view.rename', { id: v.id, name: 'Paying customers' });
    await w.run('view.update', { id: v.id, state: { ...ALL_VIEW, filters: { lifecycle: 'lead' } } });
    const after = await w.db.rows('views').get(v.id);
    expect(after?.name).toBe('Paying customers');
    expect(after?.filters).toEqual({ lifecycle: 'lead' });
    // What the update emptied is gone, not left over from before.
    expect(after?.search).toBeUndefined();
    expect(after?.hidden).toBeUndefined();
    expect(after?.sort).toBeUndefined();

    await w.run('view.delete', { id: v.id });
    expect(await w.db.rows('views').count()).toBe(0);
  });

  it('a name is required and unique per list (case and spaces aside); nothing is written', async () => {
    const w = workspace();
    await w.run('view.save', { list: 'contacts', name: 'Hot leads', state: ALL_VIEW });
    expect(await issuesOf(w.run('view.save', { list: 'contacts', name: '   ', state: ALL_VIEW }))).toEqual(['viewName:required']);
    expect(await issuesOf(w.run('view.save', { list: 'contacts', name: 'hot   LEADS', state: ALL_VIEW }))).toEqual(['viewName:nameTaken']);
    // Another list may use the same name.
    const deals = (await w.run('view.save', { list: 'deals', name: 'Hot leads', state: ALL_VIEW })) as SavedView;
    const other = (await w.run('view.save', { list: 'deals', name: 'Mine', state: ALL_VIEW })) as SavedView;
    expect(await issuesOf(w.run('view.rename', { id: other.id, name: 'HOT LEADS' }))).toEqual(['viewName:nameTaken']);
    // Renaming a view to its own name (another case) is no clash.
    await w.run('view.rename', { id: deals.id, name: 'HOT LEADS' });
    expect(await issuesOf(w.run('view.save', { list: 'contacts', name: 'x'.repeat(61), state: ALL_VIEW }))).toEqual(['viewName:tooLong']);
    expect(await issuesOf(w.run('view.save', { list: 'orders' as never, name: 'A', state: ALL_VIEW }))).toEqual(['list:enum']);
    expect(await issuesOf(w.run('view.save', { list: 'contacts', name: 'Bad', state: { search: '', filters: { a: 1 }, sort: { key: 'name', dir: 'up' }, hidden: 'email' } as never }))).toEqual([
      'filters:json',
      'sort:json',
      'hidden:json',
    ]);
    expect(await w.db.rows('views').count()).toBe(3);
  });

  it('name issues match a brute-force check over every pair', () => {
    const names = ['A', 'a', ' a ', 'B', 'b  c', 'B C', 'É', 'é'];
    const views = names.map((name, i) => ({ id: String(i), list: 'contacts' as const, name }));
    const norm = (s: string) => s.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
    for (const [i, candidate] of names.entries()) {
      const clash = views.find((v) => v.id !== String(i) && norm(v.name) === norm(candidate));
      expect(viewNameIssue(views, 'contacts', candidate, String(i))?.code ?? null).toBe(clash ? 'nameTaken' : null);
      expect(viewNameIssue(views, 'companies', candidate)).toBeNull();
    }
  });

  it('applies what still exists of a view and names what it left out', () => {
    const shape = { columns: ['name', 'email', 'lifecycle'], filters: { lifecycle: ['lead', 'customer'], owner: null } };
    const { state, dropped } = applyView(
      { search: 'ann', filters: { lifecycle: 'vip', owner: 'm1', region: 'eu' }, sort: { key: 'score', dir: 'asc' }, hidden: ['email', 'fax'] },
      shape,
    );
    expect(state).toEqual({ search: 'ann', filters: { owner: 'm1' }, sort: null, hidden: ['email'] });
    expect(dropped.sort()).toEqual(['column:fax', 'lifecycle=vip', 'region=eu', 'sort:score']);
    const ok = applyView({ filters: { lifecycle: 'customer' }, sort: { key: 'name', dir: 'desc' } }, shape);
    expect(ok).toEqual({ state: { search: '', filters: { lifecycle: 'customer' }, sort: { key: 'name', dir: 'desc' }, hidden: [] }, dropped: [] });
  });

  it('compares states ignoring order and empty filters; lists a list’s views by name', () => {
    expect(sameState(customers, { ...customers, hidden: ['phone', 'email'], filters: { lifecycle: 'customer', owner: '' } })).toBe(true);
    expect(sameState(customers, { ...customers, sort: { key: 'name', dir: 'asc' } })).toBe(false);
    expect(sameState(ALL_VIEW, { ...ALL_VIEW, search: '  ' })).toBe(true);
    const now = '2026-01-01T00:00:00Z';
    const base = { createdAt: now, updatedAt: now };
    const vs = [
      { ...base, id: '1', list: 'contacts' as const, name: 'b' },
      { ...base, id: '2', list: 'deals' as const, name: 'a' },
      { ...base, id: '3', list: 'contacts' as const, name: 'a' },
      { ...base, id: '4', list: 'contacts' as const, name: 'c', deletedAt: now },
    ];
    expect(viewsOf(vs, 'contacts').map((v) => v.id)).toEqual(['3', '1']);
  });
});
