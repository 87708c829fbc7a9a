import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Campaign, Segment } from '../../../src/domain/entities/index.ts';
import { segmentMembers } from '../../../src/domain/segments/rule.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const opened: Workspace[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** Churn list -> a segment of the chosen customers and a draft campaign on it, through the named command. */
describe('analytics.winBackCampaign', () => {
  async function setUp() {
    const ws = new Workspace(`winback-${++n}-${Date.now()}`);
    opened.push(ws);
    const people = [];
    for (const name of ['Ann', 'Ben', 'Cat', 'Dan']) people.push(await ws.commands.create('contacts', { firstName: name, lastName: 'X' }));
    return { ws, people };
  }

  it('makes a segment holding exactly the chosen customers and a draft campaign on it', async () => {
    const { ws, people } = await setUp();
    const chosen = [people[0].id, people[2].id, people[2].id];
    const r = (await ws.run('analytics.winBackCampaign', { contactIds: chosen, campaignName: 'Win back', segmentName: 'Churn top 2' })) as { segmentId: string; campaignId: string; customers: number };
    expect(r.customers).toBe(2);
    const seg = (await ws.db.rows('segments').get(r.segmentId)) as Segment;
    const camp = (await ws.db.rows('campaigns').get(r.campaignId)) as Campaign;
    expect(seg.name).toBe('Churn top 2');
    expect(camp).toMatchObject({ name: 'Win back', status: 'draft', channel: 'email', segmentId: r.segmentId, controlShare: 0.1 });
    // The rule picks the chosen two out of all four contacts.
    const m = segmentMembers(people.map((p) => ({ contactId: p.id, frequency: 0, monetary: 0 })), seg.rule);
    expect(m.ok && m.members.map((p) => p.contactId).sort()).toEqual([people[0].id, people[2].id].sort());
  });

  it('writes nothing when a customer is unknown, and says which', async () => {
    const { ws, people } = await setUp();
    expect.assertions(4);
    try {
      await ws.run('analytics.winBackCampaign', { contactIds: [people[0].id, 'NOPE'], campaignName: 'Win back', segmentName: 'S' });
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues).toEqual([{ field: 'contactIds.2', message: 'no contact NOPE' }]);
    }
    expect(await ws.db.rows('segments').count()).toBe(0);
    expect(await ws.db.rows('campaigns').count()).toBe(0);
  });
});
