import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Order } from '../../../src/domain/entities/index.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { recordsMap, recordToJSON } from '../../../src/store/yrecords.ts';
import { RuleEngine } from '../../../src/workers/rules/engine.ts';

const NOW = new Date('2026-06-01T10:00:00Z');
let n = 0;
const opened: { ws: Workspace; engine: RuleEngine }[] = [];
async function device(name = `rules-${++n}-${Date.now()}`) {
  const ws = new Workspace(name);
  const engine = new RuleEngine(ws, () => NOW);
  engine.onError = (e) => {
    throw e;
  };
  engine.start();
  opened.push({ ws, engine });
  return { ws, engine };
}
afterEach(() => {
  while (opened.length) {
    const d = opened.pop()!;
    d.engine.stop();
    d.ws.close();
  }
});

const DOCS = ['members', 'contacts', 'tickets', 'tasks', 'rules', 'ruleFirings'] as const;
type Captured = { docId: string; update: Uint8Array };
/** Every update a device's docs commit, in order: what a relay would carry. */
async function capture(ws: Workspace): Promise<Captured[]> {
  const log: Captured[] = [];
  for (const d of DOCS) (await ws.docs.get(d)).on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && log.push({ docId: d, update }));
  return log;
}
async function deliver(to: Workspace, updates: readonly Captured[]) {
  for (const u of updates) Y.applyUpdate(await to.docs.get(u.docId), u.update, 'remote');
}
async function records(ws: Workspace, docId: string) {
  return [...recordsMap(await ws.docs.get(docId)).values()].map((m) => recordToJSON(m));
}
async function settle(...ds: { ws: Workspace; engine: RuleEngine }[]) {
  for (let i = 0; i < 3; i++) for (const d of ds) {
      await d.engine.idle();
      await d.ws.docs.flushed();
    }
}

/** A marketer who owns a customer who spent 20,000.00 USD, and the rule "negative ticket from a high-value customer -> task for the owner". */
async function setUp(ws: Workspace) {
  const owner = await ws.commands.create('members', { name: 'Olga Owner', email: 'olga@example.com', role: 'sales' });
  const vip = await ws.commands.create('contacts', { firstName: 'Vera', lastName: 'Important', ownerId: owner.id, lifecycle: 'customer' });
  const small = await ws.commands.create('contacts', { firstName: 'Sam', lastName: 'Small', ownerId: owner.id, lifecycle: 'customer' });
  const order = (id: string, contactId: string, total: number): Order & { batchId: string } => ({
    id, number: id, contactId, orderedAt: '2026-03-01T10:00:00.000Z', status: 'paid', channel: 'web', currency: 'USD', total, lineCount: 1, batchId: 'test',
  });
  // Orders are bulk facts; a test seeds their indexed table directly.
  await ws.db.orders.bulkPut([order('o1', vip.id, 1_500_000), order('o2', vip.id, 500_000), order('o3', small.id, 3_000)]);
  const rule = await ws.commands.create('rules', {
    name: 'Negative ticket from a high-value customer',
    enabled: true,
    trigger: 'negativeSentiment',
    conditions: [{ field: 'profile.monetary', op: '>=', value: 1_000_000 }],
    actions: [{ kind: 'task', title: 'Call the customer about their complaint', assignee: 'owner', dueDays: 1, priority: 'high' }],
  });
  return { owner, vip, small, rule };
}
const angry = (contactId: string) => ({
  subject: 'Broken printer, terrible service',
  body: 'The printer arrived broken and support is awful. I am very disappointed and angry.',
  channel: 'email', status: 'received', priority: 'normal', receivedAt: '2026-06-01T09:00:00Z', contactId,
});

describe('event rules fire exactly once', () => {
  it('a negative ticket from a high-value customer makes one task for the owner, with the reason logged', async () => {
    const a = await device();
    const { owner, vip, small, rule } = await setUp(a.ws);
    const t = await a.ws.commands.create('tickets', angry(vip.id));
    await a.ws.commands.create('tickets', angry(small.id));
    await a.ws.commands.create('tickets', { ...angry(vip.id), subject: 'Thank you', body: 'Great service, thank you, everything works perfectly.' });
    await settle(a);
    const tasks = await a.ws.db.rows('tasks').toArray();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assigneeId: owner.id, contactId: vip.id, priority: 'high', status: 'open' });
    const log = await a.ws.db.rows('ruleFirings').toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ ruleId: rule.id, eventId: `tickets:${t.id}:negative`, subjectId: t.id });
    expect(log[0].reason).toEqual([{ field: 'profile.monetary', op: '>=', value: 1_000_000, actual: 2_000_000, ok: true }]);
    // Editing the ticket later is not a new "negative ticket" event.
    await a.ws.commands.update('tickets', t.id, { status: 'recorded' });
    await settle(a);
    expect(await a.ws.db.rows('tasks').count()).toBe(1);
  });

  it('duplicated and replayed updates on other devices never make a second task', async () => {
    const a = await device();
    const log = await capture(a.ws);
    const { vip } = await setUp(a.ws);
    await a.ws.commands.create('tickets', angry(vip.id));
    await settle(a);
    expect(a.engine.fired).toHaveLength(1);
    const setup = log.filter((u) => u.docId !== 'tickets' && u.docId !== 'tasks' && u.docId !== 'ruleFirings');
    const ticket = log.filter((u) => u.docId === 'tickets');
    const firing = log.filter((u) => u.docId === 'tasks' || u.docId === 'ruleFirings');
    expect(ticket.length).toBeGreaterThan(0);
    expect(firing.length).toBeGreaterThan(0);

    // Device B hears of the ticket before the firing: it fires too, onto the same ids.
    const b = await device();
    await b.ws.db.orders.bulkPut(await a.ws.db.orders.toArray());
    await deliver(b.ws, setup);
    await deliver(b.ws, ticket);
    await deliver(b.ws, ticket); // duplicated
    await settle(b);
    expect(b.engine.fired).toHaveLength(1);
    // Then everything is exchanged both ways, twice (a replaying relay).
    const bLog = await capture(b.ws);
    await deliver(b.ws, firing);
    await deliver(b.ws, [...ticket, ...firing]);
    await settle(b);
    await deliver(a.ws, bLog);
    await deliver(a.ws, bLog);
    await settle(a, b);
    for (const d of [a, b]) {
      expect(await records(d.ws, 'tasks')).toHaveLength(1);
      expect(await records(d.ws, 'ruleFirings')).toHaveLength(1);
      expect(await d.ws.db.rows('tasks').count()).toBe(1);
    }
    expect((await records(a.ws, 'tasks'))[0].id).toBe((await records(b.ws, 'tasks'))[0].id);
    expect(a.engine.fired).toHaveLength(1);

    // Device C gets the firing first, then the ticket: the fired-log stops it.
    const c = await device();
    await c.ws.db.orders.bulkPut(await a.ws.db.orders.toArray());
    await deliver(c.ws, [...setup, ...firing, ...ticket, ...ticket]);
    await settle(c);
    expect(c.engine.fired).toHaveLength(0);
    expect(await c.ws.db.rows('tasks').count()).toBe(1);
  });

  it('with two tabs open on one workspace the rule fires once', async () => {
    const name = `tabs-${Date.now()}`;
    const tab1 = await device(name);
    const tab2 = await device(name);
    for (const d of DOCS) await tab2.ws.docs.get(d);
    const { vip } = await setUp(tab1.ws);
    await tab1.ws.commands.create('tickets', angry(vip.id));
    await settle(tab1);
    // Let the tab channel carry the ticket and the firing to the second tab.
    for (let i = 0; i < 20 && (await records(tab2.ws, 'ruleFirings')).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await settle(tab1, tab2);
    expect(await records(tab2.ws, 'tickets')).toHaveLength(1);
    expect(await records(tab2.ws, 'ruleFirings')).toHaveLength(1);
    expect(tab1.engine.fired.length + tab2.engine.fired.length).toBe(1);
    expect(await tab1.ws.db.rows('tasks').count()).toBe(1);

    // Both tabs receive the same ticket from the relay: both may fire, onto one record.
    const other = await device();
    const relay = await capture(other.ws);
    await other.ws.db.orders.bulkPut(await tab1.ws.db.orders.toArray());
    await deliver(other.ws, (await capture(tab1.ws)).concat());
    const vipOnOther = vip.id;
    // The other device needs the contact to exist to file the ticket against it.
    for (const d of ['members', 'contacts', 'rules'] as const) Y.applyUpdate(await other.ws.docs.get(d), Y.encodeStateAsUpdate(await tab1.ws.docs.get(d)), 'remote');
    await other.ws.commands.create('tickets', { ...angry(vipOnOther), subject: 'Second complaint: broken again' });
    await settle(other);
    const fromRelay = relay.filter((u) => u.docId === 'tickets');
    await Promise.all([deliver(tab1.ws, fromRelay), deliver(tab2.ws, fromRelay)]);
    await settle(tab1, tab2);
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
    await settle(tab1, tab2);
    for (const t of [tab1, tab2]) {
      expect(await records(t.ws, 'tasks')).toHaveLength(2);
      expect(await records(t.ws, 'ruleFirings')).toHaveLength(2);
    }
    expect(await tab1.ws.db.rows('tasks').count()).toBe(2);
  });
});
