import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { measureCampaign } from '../../../src/analytics/campaigns/effectiveness.ts';
import { campaignRuns } from '../../../src/domain/campaigns/audience.ts';
import { responseTime } from '../../../src/domain/campaigns/commands.ts';
import { readResponses } from '../../../src/domain/campaigns/responsesCsv.ts';
import type { Campaign } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const opened: Workspace[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

describe('response dates against the launch', () => {
  const launch = '2026-03-10T15:30:00.000Z';
  it('puts a bare day at noon, but never before the campaign reached the contact', () => {
    expect(responseTime('2026-03-11', launch, new Date('2026-03-20T00:00:00Z'))).toBe('2026-03-11T12:00:00.000Z');
    // Launched after noon: a response dated the launch day is at the launch, so it is inside the window.
    expect(responseTime('2026-03-10', launch, new Date('2026-03-20T00:00:00Z'))).toBe(launch);
    expect(responseTime('2026-03-10', '2026-03-10T08:00:00.000Z', new Date('2026-03-20T00:00:00Z'))).toBe('2026-03-10T12:00:00.000Z');
    expect(responseTime('2026-03-09', launch, new Date('2026-03-20T00:00:00Z'))).toBeNull();
    expect(responseTime('2026-03-10T15:00:00Z', launch, new Date('2026-03-20T00:00:00Z'))).toBeNull();
    expect(responseTime('2026-03-10T16:00:00Z', launch, new Date('2026-03-20T00:00:00Z'))).toBe('2026-03-10T16:00:00.000Z');
    expect(responseTime(undefined, launch, new Date('2026-03-12T00:00:00Z'))).toBe('2026-03-12T00:00:00.000Z');
  });

  it('an imported file dated the launch day counts as converted even when the campaign launched in the afternoon', async () => {
    let now = new Date(launch);
    const ws = new Workspace(`responses-${Date.now()}`, { clock: () => now });
    opened.push(ws);
    const contacts = [];
    for (let i = 0; i < 40; i++) contacts.push(await ws.commands.create('contacts', { firstName: `C${i}`, lastName: 'Test', email: `c${i}@example.com` }));
    const c = await ws.commands.create('campaigns', { name: 'Late launch', status: 'draft', channel: 'email', controlShare: 0.25, kind: 'single' });
    await ws.run('campaign.launch', { campaignId: c.id, candidates: contacts.map((x) => ({ id: x.id })) });
    const launched = (await ws.db.rows('campaigns').get(c.id)) as Campaign;
    const [run] = campaignRuns(launched.runs);
    expect(run.at).toBe(launch);
    expect(run.target.length).toBeGreaterThan(0);

    now = new Date('2026-03-10T16:00:00Z');
    const file = ['contact_id,response,date', ...run.target.map((id) => `${id},converted,2026-03-10`)].join('\n');
    const parsed = readResponses(file, { byId: new Set([...run.target, ...run.control]), byEmail: new Map() });
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0].at).toBe('2026-03-10');
    await ws.run('campaign.recordResponses', { campaignId: c.id, rows: parsed.rows });
    await ws.docs.flushed();
    const acts = await ws.db.rows('activities').where('campaignId').equals(c.id).toArray();
    expect(acts).toHaveLength(run.target.length);
    const e = measureCampaign(launched, [], acts, now.getTime());
    expect(e.target.converted).toBe(run.target.length);
    expect(e.control.converted).toBe(0);
    expect(e.purchase!.uplift).toBe(1);
  });

  it('refuses the whole file when a row is dated before the launch, naming the row', async () => {
    const now = new Date(launch);
    const ws = new Workspace(`responses-b-${Date.now()}`, { clock: () => now });
    opened.push(ws);
    const a = await ws.commands.create('contacts', { firstName: 'A', lastName: 'Test' });
    const b = await ws.commands.create('contacts', { firstName: 'B', lastName: 'Test' });
    const c = await ws.commands.create('campaigns', { name: 'Dated', status: 'draft', channel: 'email', controlShare: 0, kind: 'single' });
    await ws.run('campaign.launch', { campaignId: c.id, candidates: [{ id: a.id }, { id: b.id }] });
    expect.assertions(3);
    try {
      await ws.run('campaign.recordResponses', { campaignId: c.id, rows: [{ contactId: a.id, response: 'opened', at: '2026-03-11' }, { contactId: b.id, response: 'opened', at: '2026-03-09' }] });
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toMatchObject([{ field: 'occurredAt', params: { why: 'beforeLaunch', row: 2, launch: '2026-03-10' } }]);
    }
    expect(await ws.db.rows('activities').where('campaignId').equals(c.id).count()).toBe(0);
  });
});
