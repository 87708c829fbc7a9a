import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { command } from '../../../src/domain/commands.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(name = `run${++n}-${Date.now()}`): Workspace {
  const w = new Workspace(name, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const STAGES = [
  { id: 's1', name: 'Qualify', kind: 'open' as const, probability: 10 },
  { id: 's2', name: 'Proposal', kind: 'open' as const, probability: 50 },
  { id: 'won', name: 'Won', kind: 'won' as const, probability: 100 },
  { id: 'lost', name: 'Lost', kind: 'lost' as const, probability: 0 },
];

describe('command runner', () => {
  it('reads its own writes, and resolves only once every write and projection is on disk', async () => {
    const w = workspace();
    const both = command(['companies', 'contacts'], (tx, a: { name: string; person: string }) => {
      const co = tx.create('companies', { name: a.name });
      const p = tx.create('contacts', { firstName: a.person, companyId: co.id });
      tx.update('contacts', p.id, { title: 'CEO' });
      // Reads see the command's own writes, including its updates of new records.
      return { co: tx.get('companies', co.id)!, p: tx.get('contacts', p.id)!, n: tx.all('contacts').length };
    });
    const r = await w.runner.run(both, { name: 'Initech', person: 'Bill' });
    expect(r.p.title).toBe('CEO');
    expect(r.n).toBe(1);
    // No flushed(): the command resolved after commit.
    expect(await w.db.rows('companies').get(r.co.id)).toMatchObject({ name: 'Initech' });
    expect(await w.db.rows('contacts').get(r.p.id)).toMatchObject({ firstName: 'Bill', title: 'CEO', companyId: r.co.id });
    // Both docs' updates went into the log.
    expect((await w.db.ydocUpdates.toArray()).map((u) => u.docId).sort()).toEqual(['companies', 'contacts']);
  });

  it('persists all writes of a command in one IndexedDB transaction', async () => {
    const w = workspace();
    const seen: string[][] = [];
    const real = w.db.transaction.bind(w.db) as (...a: unknown[]) => unknown;
    (w.db as unknown as { transaction: (...a: unknown[]) => unknown }).transaction = (...a: unknown[]) => {
      if (a[0] === 'rw') seen.push((a[1] as { name: string }[]).map((t) => t.name).sort());
      return real(...a);
    };
    await w.runner.run(
      command(['companies', 'contacts'], (tx) => {
        tx.create('companies', { name: 'A' });
        tx.create('contacts', { firstName: 'B' });
      }),
      undefined,
    );
    expect(seen).toEqual([['companies', 'contacts', 'ydocUpdates']]);
  });

  it('a throwing command discards every write it made', async () => {
    const w = workspace();
    const co = await w.commands.create('companies', { name: 'Keep' });
    const bad = command(['companies'], (tx) => {
      tx.update('companies', co.id, { name: 'Changed' });
      tx.create('companies', { name: 'New' });
      throw new ValidationError('Company', [{ field: 'name', message: 'no' }]);
    });
    await expect(w.runner.run(bad, undefined)).rejects.toThrow(ValidationError);
    await w.docs.flushed();
    expect((await w.db.rows('companies').toArray()).map((c) => c.name)).toEqual(['Keep']);
    expect(await w.commands.get('companies', co.id)).toMatchObject({ name: 'Keep' });
    expect(await w.db.ydocUpdates.count()).toBe(1);
  });

  it('undo takes back a command that wrote two docs as one step', async () => {
    const w = workspace();
    const r = await w.runner.run(
      command(['companies', 'contacts'], (tx) => ({ co: tx.create('companies', { name: 'U' }), p: tx.create('contacts', { firstName: 'V' }) })),
      undefined,
    );
    expect(w.undo.undo()).toBe(true);
    await w.docs.flushed();
    expect(await w.db.rows('companies').get(r.co.id)).toBeUndefined();
    expect(await w.db.rows('contacts').get(r.p.id)).toBeUndefined();
    expect(w.undo.canUndo).toBe(false);
  });

  it('stamps each change with the author and time, field by field, in the record log', async () => {
    let t = Date.parse('2026-01-01T10:00:00Z');
    const w = new Workspace(`hist-${Date.now()}`, { tabs: null, clock: () => new Date((t += 1000)) });
    open.push(w);
    w.author = 'm1';
    const c = await w.commands.create('contacts', { firstName: 'Ann', title: 'CTO' });
    w.author = 'm2';
    await w.commands.update('contacts', c.id, { title: 'CEO', email: 'ann@x.io' });
    await w.commands.update('contacts', c.id, { title: 'CEO' }); // no change: no entry
    expect(await w.history('contacts', c.id)).toEqual([
      { by: 'm1', at: '2026-01-01T10:00:01.000Z', op: 'create' },
      { by: 'm2', at: '2026-01-01T10:00:02.000Z', op: 'update', ch: [['email', null, 'ann@x.io'], ['title', 'CTO', 'CEO']] },
    ]);
    // The log is not part of the record.
    expect(Object.keys((await w.db.rows('contacts').get(c.id))!).some((k) => k.startsWith('~'))).toBe(false);
    // A new record's owner defaults to the author.
    expect(c.ownerId).toBe('m1');
  });
});

describe('domain commands through the map', () => {
  it('ticket.assign and ticket.advance apply the lifecycle to the ticket as stored', async () => {
    const w = workspace();
    const k = await w.commands.create('tickets', { subject: 'Broken', channel: 'email', status: 'received', priority: 'normal', receivedAt: '2026-01-01T00:00:00Z' });
    await w.run('ticket.assign', { id: k.id, assigneeId: 'm9' });
    let row = await w.db.rows('tickets').get(k.id);
    expect(row).toMatchObject({ status: 'assigned', assigneeId: 'm9' });
    expect(row?.recordedAt).toBeTruthy();
    await w.run('ticket.advance', { id: k.id, to: 'in_progress' });
    await expect(w.run('ticket.advance', { id: k.id, to: 'received' })).rejects.toThrow(/cannot go from in_progress to received/);
    row = await w.db.rows('tickets').get(k.id);
    expect(row?.status).toBe('in_progress');
  });

  it('deal.move keeps closedAt and the lost reason consistent; task.complete/reopen', async () => {
    const w = workspace();
    const p = await w.commands.create('pipelines', { name: 'Sales', stages: STAGES });
    const d = await w.commands.create('deals', { title: 'Big', pipelineId: p.id, stageId: 's1', amount: 10, currency: 'USD' });
    await w.run('deal.move', { id: d.id, outcome: 'lost', lostReason: 'price' });
    expect(await w.db.rows('deals').get(d.id)).toMatchObject({ stageId: 'lost', lostReason: 'price' });
    expect((await w.db.rows('deals').get(d.id))?.closedAt).toBeTruthy();
    await w.run('deal.move', { id: d.id, stageId: 's2' });
    const open2 = await w.db.rows('deals').get(d.id);
    expect(open2?.closedAt).toBeUndefined();
    expect(open2?.lostReason).toBeUndefined();
    await expect(w.run('deal.move', { id: d.id, stageId: 'nope' })).rejects.toThrow(/is not a stage/);

    const task = await w.commands.create('tasks', { title: 'Call', status: 'open' });
    await w.run('task.complete', { id: task.id });
    const done = await w.db.rows('tasks').get(task.id);
    expect(done?.status).toBe('done');
    await w.run('task.complete', { id: task.id });
    expect((await w.db.rows('tasks').get(task.id))?.completedAt).toBe(done?.completedAt);
    await w.run('task.reopen', { id: task.id });
    expect(await w.db.rows('tasks').get(task.id)).toMatchObject({ status: 'open' });
    await expect(w.run('no.such', {})).rejects.toThrow(/no command named no.such/);
  });
});
