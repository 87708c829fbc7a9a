import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';
import { convertLead, disqualifyLead, qualifyLead } from '../../../src/domain/leads/commands.ts';
import { splitPersonName } from '../../../src/domain/leads/personName.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`leads${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function seed(w: Workspace) {
  const pipeline = await w.commands.create('pipelines', { name: 'Sales', stages: DEFAULT_STAGES });
  const owner = await w.commands.create('members', { name: 'Olga', email: 'olga@kith.test', role: 'sales' });
  const lead = await w.commands.create('leads', {
    name: 'Ирина Соколова', email: 'irina@vega.ru', phone: '+7 916 000 11 22', companyName: 'Вега', source: 'referral', status: 'new', ownerId: owner.id,
  });
  return { pipeline, owner, lead };
}

describe('lead names', () => {
  it('splits names by script', () => {
    expect(splitPersonName('Aaron  Adams')).toEqual({ firstName: 'Aaron', lastName: 'Adams', locale: 'en' });
    expect(splitPersonName('Ирина Соколова')).toEqual({ firstName: 'Ирина', lastName: 'Соколова', locale: 'ru' });
    expect(splitPersonName('王伟')).toEqual({ firstName: '伟', lastName: '王', locale: 'zh' });
    expect(splitPersonName('Cher')).toEqual({ firstName: 'Cher', locale: 'en' });
  });
});

describe('lead commands', () => {
  it('converts in one step to company + contact + deal, keeping source, owner and history', async () => {
    const w = workspace();
    const { pipeline, owner, lead } = await seed(w);
    await w.runner.run(qualifyLead, { id: lead.id });
    const r = await w.runner.run(convertLead, { id: lead.id, amount: 500_000, currency: 'RUB' });

    const contact = await w.db.rows('contacts').get(r.contactId);
    expect(contact).toMatchObject({ firstName: 'Ирина', lastName: 'Соколова', locale: 'ru', email: 'irina@vega.ru', source: 'referral', ownerId: owner.id, companyId: r.companyId });
    expect(await w.db.rows('companies').get(r.companyId!)).toMatchObject({ name: 'Вега' });
    const deal = await w.db.rows('deals').get(r.dealId);
    expect(deal).toMatchObject({ pipelineId: pipeline.id, stageId: 'qualify', amount: 500_000, currency: 'RUB', source: 'referral', contactId: r.contactId, ownerId: owner.id });
    const after = await w.db.rows('leads').get(lead.id);
    expect(after).toMatchObject({ status: 'converted', contactId: r.contactId, dealId: r.dealId, companyId: r.companyId });
    expect(after!.history!.map((e) => e.status)).toEqual(['qualified', 'converted']);
    const notes = await w.db.rows('activities').where('contactId').equals(r.contactId).toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0].body).toContain('referral');
    expect(notes[0].body).toContain('qualified');
  });

  it('reuses an existing company and the contact with the same email', async () => {
    const w = workspace();
    const { lead } = await seed(w);
    const co = await w.commands.create('companies', { name: 'вега' });
    const c = await w.commands.create('contacts', { firstName: 'Irina', email: 'IRINA@vega.ru' });
    const r = await w.runner.run(convertLead, { id: lead.id });
    expect(r.contactId).toBe(c.id);
    expect(r.companyId).toBe(co.id);
    expect(await w.db.rows('contacts').count()).toBe(1);
    expect(await w.db.rows('companies').count()).toBe(1);
    expect((await w.db.rows('contacts').get(c.id))?.companyId).toBe(co.id);
  });

  it('refuses a second conversion and a disqualified lead, writing nothing', async () => {
    const w = workspace();
    const { lead } = await seed(w);
    await w.runner.run(convertLead, { id: lead.id });
    await expect(w.runner.run(convertLead, { id: lead.id })).rejects.toThrow(ValidationError);
    expect(await w.db.rows('deals').count()).toBe(1);

    const other = await w.commands.create('leads', { name: 'Bob Stone', status: 'new', companyName: 'Stone Ltd' });
    await expect(w.runner.run(disqualifyLead, { id: other.id, reason: '  ' })).rejects.toThrow(/reason is required/);
    await w.runner.run(disqualifyLead, { id: other.id, reason: 'No budget' });
    await expect(w.runner.run(convertLead, { id: other.id })).rejects.toThrow(/disqualified/);
    expect(await w.db.rows('companies').count()).toBe(1);
    expect(await w.db.rows('deals').count()).toBe(1);
    expect(await w.db.rows('leads').get(other.id)).toMatchObject({ status: 'disqualified', reason: 'No budget' });
  });
});
