import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const opened: Workspace[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** A churn list made into tasks through the named command, against a real store (fake IndexedDB). */
describe('analytics.followUpTasks', () => {
  async function setUp() {
    const ws = new Workspace(`follow-${++n}-${Date.now()}`);
    opened.push(ws);
    const olga = await ws.commands.create('members', { name: 'Olga Owner', email: 'olga@example.com', role: 'sales' });
    const ivan = await ws.commands.create('members', { name: 'Ivan Owner', email: 'ivan@example.com', role: 'sales' });
    const a = await ws.commands.create('contacts', { firstName: 'Ann', lastName: 'A', ownerId: olga.id });
    const b = await ws.commands.create('contacts', { firstName: 'Ben', lastName: 'B', ownerId: ivan.id });
    const c = await ws.commands.create('contacts', { firstName: 'Cat', lastName: 'C', ownerId: olga.id });
    return { ws, olga, ivan, a, b, c };
  }
  const tasks = async (ws: Workspace) => (await ws.db.rows('tasks').toArray()) as Task[];

  it('creates one high-priority task per customer, for the customer’s owner, once', async () => {
    const { ws, olga, ivan, a, b, c } = await setUp();
    const args = { key: 'churn:2026-11-30', dueDays: 3, items: [a, b, c].map((x) => ({ contactId: x.id, title: `Win back ${x.firstName}` })) };
    const first = (await ws.run('analytics.followUpTasks', args)) as { ids: string[] };
    expect(first).toMatchObject({ created: 3, existing: 0, owners: 2 });
    const made = await tasks(ws);
    expect(made.map((t) => [t.title, t.assigneeId, t.contactId, t.status, t.priority]).sort()).toEqual(
      [['Win back Ann', olga.id, a.id, 'open', 'high'], ['Win back Ben', ivan.id, b.id, 'open', 'high'], ['Win back Cat', olga.id, c.id, 'open', 'high']].sort(),
    );
    const due = Date.parse(made[0].dueAt!) - Date.parse(made[0].createdAt);
    expect(Math.round(due / 86_400_000)).toBe(3);
    // The same list again (a double click, another device): nothing new.
    expect(await ws.run('analytics.followUpTasks', args)).toEqual({ created: 0, existing: 3, owners: 2, ids: first.ids });
    expect(await tasks(ws)).toHaveLength(3);
  });

  it('writes nothing when one item is bad, and says which', async () => {
    const { ws, a } = await setUp();
    expect.assertions(3);
    try {
      await ws.run('analytics.followUpTasks', { key: 'k', dueDays: 3, items: [{ contactId: a.id, title: 'ok' }, { contactId: 'NOPE', title: 'x' }] });
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toEqual([{ field: 'items.2', message: 'no contact NOPE' }]);
    }
    expect(await tasks(ws)).toHaveLength(0);
  });
});
