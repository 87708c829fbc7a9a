import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Order } from '../../../src/domain/entities/index.ts';
import { encodeOrders, FACTS_DOC, writeBatch } from '../../../src/store/facts.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { recordsMap, recordToJSON } from '../../../src/store/yrecords.ts';
import { ruleDevices } from './ruleDevices.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-04-01T10:00:00Z');
const devices = ruleDevices('triggers');
const settle = devices.settle;
/** A device whose clock the test moves: rules are created at one time and scanned at another. */
const device = async (clock: { now: number }, name?: string) => devices.device(clock, name);
async function records(ws: Workspace, docId: string) {
  return [...recordsMap(await ws.docs.get(docId)).values()].map((m) => recordToJSON(m));
}
const order = (id: string, contactId: string, at: number, total: number): Order & { batchId: string } => ({
  id, number: id, contactId, orderedAt: new Date(at).toISOString(), status: 'paid', channel: 'web', currency: 'USD', total, lineCount: 1, batchId: 'seed',
});
/** Orders as an import writes them: an Arrow batch in the facts doc, origin 'import'. */
async function importOrders(ws: Workspace, id: string, orders: Order[]): Promise<Uint8Array> {
  const facts = await ws.docs.get(FACTS_DOC);
  let update: Uint8Array | null = null;
  const grab = (u: Uint8Array) => (update = u);
  facts.once('update', grab);
  const bytes = await encodeOrders(orders);
  facts.transact(() => writeBatch(facts, { id, kind: 'orders', rowCount: orders.length, createdAt: new Date().toISOString(), bytes }), 'import');
  await ws.docs.flushed();
  return update!;
}
const task = { kind: 'task', title: 'Follow up', assignee: 'owner', dueDays: 1 };
/** Everything but the fired-log and its tasks, as a relay would carry it. */
async function share(from: Workspace, to: Workspace, docs: readonly string[]) {
  for (const d of docs) Y.applyUpdate(await to.docs.get(d), Y.encodeStateAsUpdate(await from.docs.get(d)), 'remote');
  await to.docs.flushed();
}

describe('order placed', () => {
  it('fires once per order placed after the rule existed, however often the batch arrives', async () => {
    const clock = { now: T0 };
    const a = await device(clock);
    const owner = await a.ws.commands.create('members', { name: 'Olga', email: 'o@example.com', role: 'sales' });
    const c = await a.ws.commands.create('contacts', { firstName: 'Big', lastName: 'Buyer', ownerId: owner.id });
    await a.ws.commands.create('rules', { name: 'Big order', enabled: true, trigger: 'orderPlaced', conditions: [{ field: 'record.total', op: '>=', value: 100_000 }], actions: [task] });
    clock.now = T0 + DAY;
    const batch = await importOrders(a.ws, 'b1', [order('old', c.id, T0 - 30 * DAY, 500_000), order('big', c.id, T0 + DAY, 250_000), order('small', c.id, T0 + DAY, 5_000)]);
    await settle(a);
    const log = await records(a.ws, 'ruleFirings');
    expect(log.map((f) => f.eventId)).toEqual(['orders:big:placed']);
    expect(await records(a.ws, 'tasks')).toMatchObject([{ assigneeId: owner.id, contactId: c.id, title: 'Follow up' }]);

    // The same batch replayed, and again on a second device that has the rule and the log.
    Y.applyUpdate(await a.ws.docs.get(FACTS_DOC), batch, 'remote');
    await settle(a);
    const b = await device(clock);
    await share(a.ws, b.ws, ['members', 'contacts', 'rules', 'ruleFirings', 'tasks']);
    Y.applyUpdate(await b.ws.docs.get(FACTS_DOC), batch, 'remote');
    Y.applyUpdate(await b.ws.docs.get(FACTS_DOC), batch, 'remote');
    await settle(a, b);
    expect(a.engine.fired.length + b.engine.fired.length).toBe(1);
    expect(await records(b.ws, 'tasks')).toHaveLength(1);
  });
});

describe('churn risk crossing a threshold and segment entered', () => {
  /** A: last order 10 days before the rule, buys every 30 days; B: already lapsed when the rule was made; C: bought again after the rule. */
  async function customers(ws: Workspace) {
    const owner = await ws.commands.create('members', { name: 'Olga', email: 'o@example.com', role: 'sales' });
    const mk = (firstName: string) => ws.commands.create('contacts', { firstName, lastName: 'Customer', ownerId: owner.id, lifecycle: 'customer' });
    const [a, b, c] = [await mk('A'), await mk('B'), await mk('C')];
    await ws.db.orders.bulkPut([
      order('a1', a.id, T0 - 40 * DAY, 1000), order('a2', a.id, T0 - 10 * DAY, 1000),
      order('b1', b.id, T0 - 130 * DAY, 1000), order('b2', b.id, T0 - 100 * DAY, 1000),
      order('c1', c.id, T0 - 35 * DAY, 1000), order('c2', c.id, T0 - 5 * DAY, 1000), order('c3', c.id, T0 + 55 * DAY, 1000),
    ]);
    return { owner, a, b, c };
  }

  it('churn risk: fires for the contact who crossed after the rule, once, on two devices scanning the same data', async () => {
    const clock = { now: T0 };
    const d1 = await device(clock);
    const { a, owner } = await customers(d1.ws);
    await d1.ws.commands.create('rules', { name: 'Churning', enabled: true, trigger: 'churnRisk', param: 0.7, conditions: [], actions: [task] });
    clock.now = T0 + 60 * DAY;
    await d1.engine.scan();
    await d1.engine.scan();
    await settle(d1);
    const log = await records(d1.ws, 'ruleFirings');
    expect(log).toHaveLength(1);
    expect(log[0].eventId).toBe(`contacts:${a.id}:churn:0.7:${new Date(T0 - 10 * DAY).toISOString()}`);
    expect(await records(d1.ws, 'tasks')).toMatchObject([{ contactId: a.id, assigneeId: owner.id }]);

    // A second device with the same data fires on its own before it hears of the first: the same ids, so one record.
    const d2 = await device(clock);
    await share(d1.ws, d2.ws, ['members', 'contacts', 'rules']);
    await d2.ws.db.orders.bulkPut(await d1.ws.db.orders.toArray());
    await d2.engine.scan();
    await settle(d2);
    expect(d2.engine.fired).toHaveLength(1);
    await share(d2.ws, d1.ws, ['ruleFirings', 'tasks']);
    await share(d1.ws, d2.ws, ['ruleFirings', 'tasks']);
    for (const d of [d1, d2]) {
      expect(await records(d.ws, 'ruleFirings')).toHaveLength(1);
      expect(await records(d.ws, 'tasks')).toHaveLength(1);
    }
    // A day later nothing new has crossed.
    clock.now += DAY;
    await d1.engine.scan();
    await settle(d1);
    expect(d1.engine.fired).toHaveLength(1);
  });

  it('segment entered: fires for contacts who joined after the rule, not for those already in it', async () => {
    const clock = { now: T0 };
    const d = await device(clock);
    const { a, b } = await customers(d.ws);
    const seg = await d.ws.commands.create('segments', { name: 'Quiet for 45 days', rule: { all: [{ field: 'recencyDays', op: '>', value: 45 }] } });
    await d.ws.commands.create('rules', { name: 'Entered quiet', enabled: true, trigger: 'segmentEntered', segmentId: seg.id, conditions: [], actions: [task] });
    clock.now = T0 + 60 * DAY;
    await d.engine.scan();
    await d.engine.scan();
    await settle(d);
    const log = await records(d.ws, 'ruleFirings');
    expect(log.map((f) => f.eventId)).toEqual([`segments:${seg.id}:${a.id}:entered`]);
    expect(log.some((f) => String(f.eventId).includes(b.id))).toBe(false);
  });
});
