import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';
import { mergeRecords } from '../../../src/domain/merge/commands.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`merge${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('record.merge', () => {
  it('keeps chosen values, moves every linked record to the survivor and deletes the other, in one step', async () => {
    const w = workspace();
    const pipeline = await w.commands.create('pipelines', { name: 'Sales', stages: DEFAULT_STAGES });
    const acme = await w.commands.create('companies', { name: 'Acme' });
    const keep = await w.commands.create('contacts', { firstName: 'Anna', lastName: 'Smirnova', email: 'anna@acme.test', title: 'CEO' });
    const dup = await w.commands.create('contacts', { firstName: 'Анна', lastName: 'Смирнова', email: 'ANNA@acme.test', phone: '+7 912 345 67 89', companyId: acme.id, title: 'Founder' });
    const bystander = await w.commands.create('contacts', { firstName: 'Boris' });
    const a1 = await w.commands.create('activities', { type: 'email', channel: 'email', subject: 'kept', contactId: keep.id, occurredAt: '2026-01-01T00:00:00.000Z' });
    const a2 = await w.commands.create('activities', { type: 'call', channel: 'phone', subject: 'moved', contactId: dup.id, occurredAt: '2026-01-02T00:00:00.000Z' });
    const a3 = await w.commands.create('activities', { type: 'email', channel: 'email', subject: 'other person', contactId: bystander.id, occurredAt: '2026-01-03T00:00:00.000Z' });
    const deal = await w.commands.create('deals', { title: 'D', pipelineId: pipeline.id, stageId: 'qualify', amount: 100, currency: 'USD', contactId: dup.id });
    const task = await w.commands.create('tasks', { title: 'Call back', contactId: dup.id, status: 'open' });
    const ticket = await w.commands.create('tickets', { subject: 'Broken', contactId: dup.id, status: 'received', priority: 'normal', channel: 'email', receivedAt: '2026-01-02T00:00:00.000Z' });

    const r = await w.runner.run(mergeRecords, { collection: 'contacts', survivorId: keep.id, otherId: dup.id, take: ['phone', 'companyId'] });
    expect(r.moved).toEqual({ activities: 1, deals: 1, tasks: 1, tickets: 1 });

    const survivor = await w.db.rows('contacts').get(keep.id);
    // Chosen from the other: phone and company; kept: the survivor's name, e-mail and title.
    expect(survivor).toMatchObject({ firstName: 'Anna', email: 'anna@acme.test', title: 'CEO', phone: dup.phone, companyId: acme.id, mergedFrom: [dup.id] });
    expect(await w.db.rows('contacts').get(dup.id)).toBeUndefined();
    const timeline = await w.db.rows('activities').where('contactId').equals(keep.id).toArray();
    expect(timeline.map((a) => a.id).sort()).toEqual([a1.id, a2.id].sort());
    expect((await w.db.rows('activities').get(a3.id))!.contactId).toBe(bystander.id);
    expect((await w.db.rows('deals').get(deal.id))!.contactId).toBe(keep.id);
    expect((await w.db.rows('tasks').get(task.id))!.contactId).toBe(keep.id);
    expect((await w.db.rows('tickets').get(ticket.id))!.contactId).toBe(keep.id);
  });

  it('merges companies: their contacts and deals move', async () => {
    const w = workspace();
    const a = await w.commands.create('companies', { name: 'Ромашка' });
    const b = await w.commands.create('companies', { name: 'Romashka', website: 'https://romashka.test' });
    const c = await w.commands.create('contacts', { firstName: 'Ivan', companyId: b.id });
    const r = await w.runner.run(mergeRecords, { collection: 'companies', survivorId: a.id, otherId: b.id, take: ['website'] });
    expect(r.moved).toEqual({ contacts: 1 });
    expect((await w.db.rows('contacts').get(c.id))!.companyId).toBe(a.id);
    expect(await w.db.rows('companies').get(a.id)).toMatchObject({ name: 'Ромашка', website: 'https://romashka.test', mergedFrom: [b.id] });
    expect(await w.db.rows('companies').get(b.id)).toBeUndefined();
  });

  it('refuses a merge with itself, a missing record or a field it may not take, and writes nothing', async () => {
    const w = workspace();
    const a = await w.commands.create('contacts', { firstName: 'A' });
    const b = await w.commands.create('contacts', { firstName: 'B' });
    const act = await w.commands.create('activities', { type: 'email', channel: 'email', subject: 's', contactId: b.id, occurredAt: '2026-01-01T00:00:00.000Z' });
    await expect(w.runner.run(mergeRecords, { collection: 'contacts', survivorId: a.id, otherId: a.id })).rejects.toThrow(ValidationError);
    await expect(w.runner.run(mergeRecords, { collection: 'contacts', survivorId: a.id, otherId: 'NOPE' })).rejects.toThrow(/no contact NOPE/);
    await expect(w.runner.run(mergeRecords, { collection: 'contacts', survivorId: a.id, otherId: b.id, take: ['id'] })).rejects.toThrow(ValidationError);
    expect(await w.db.rows('contacts').get(b.id)).toBeDefined();
    expect((await w.db.rows('activities').get(act.id))!.contactId).toBe(b.id);
    expect((await w.db.rows('contacts').get(a.id))!.mergedFrom).toBeUndefined();
  });
});
