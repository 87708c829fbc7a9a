import { command, type CommandTx } from '../commands.ts';
import { RESPONSE_KINDS, type Activity, type Campaign, type ResponseKind } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { campaignRuns, freezeRun, type CampaignRun } from './audience.ts';

export interface LaunchArgs {
  campaignId: string;
  /** The segment's members now (or leads for a prospect campaign), in a stable order; score when a model ranked them. */
  candidates: { id: string; score?: number }[];
  /** Contact pressure: minimum days between campaign touches on one channel. */
  minGapDays?: number;
}

function campaignOf(tx: CommandTx, id: string): Campaign {
  const c = tx.get('campaigns', id);
  if (!c) throw new ValidationError('Campaign', [{ field: 'campaignId', message: `no campaign ${id}` }]);
  return c;
}

/**
 * Freezes the audience and control group of a launch (or of the next run of a
 * periodic campaign) into the campaign record. Opted-out contacts and contacts
 * touched on the same channel within `minGapDays` are left out first.
 */
export function launchCampaign(tx: CommandTx, a: LaunchArgs): Campaign {
  const c = campaignOf(tx, a.campaignId);
  const runs = Array.isArray(c.runs) ? (c.runs as CampaignRun[]) : [];
  if (runs.length && c.kind !== 'periodic') throw new ValidationError('Campaign', [{ field: 'runs', message: 'is already launched; only periodic campaigns run again' }]);
  if (!a.candidates.length) throw new ValidationError('Campaign', [{ field: 'segmentId', message: 'has no members to send to' }]);
  const optedOut = new Set<string>();
  const lastTouch = new Map<string, string>();
  for (const act of tx.all('activities')) {
    if (!act.campaignId || !act.contactId) continue;
    if (act.response === 'optedOut') optedOut.add(act.contactId);
    if (act.response === 'sent' && act.channel === c.channel && act.campaignId !== c.id) {
      const prev = lastTouch.get(act.contactId);
      if (!prev || act.occurredAt > prev) lastTouch.set(act.contactId, act.occurredAt);
    }
  }
  const run = freezeRun({ campaignId: c.id, at: tx.now, controlShare: c.controlShare, candidates: a.candidates, pressure: { optedOut, lastTouch, minGapDays: a.minGapDays ?? 0 } });
  if (!run.target) throw new ValidationError('Campaign', [{ field: 'segmentId', message: 'leaves no one to send to after contact pressure rules' }]);
  return tx.update('campaigns', c.id, {
    runs: [...runs, run],
    status: 'running',
    startAt: c.startAt ?? tx.now.toISOString(),
  });
}

export interface ResponseRow {
  contactId: string;
  response: ResponseKind;
  /** ISO time; defaults to the command's time. */
  at?: string;
  note?: string;
}

/**
 * Records responses (by hand or from an import) as activities of the campaign,
 * so they show on the contact's timeline. All rows or none: a row naming a
 * contact outside the frozen audience, or an unknown response, fails the lot
 * with its row number.
 */
export function recordResponses(tx: CommandTx, a: { campaignId: string; rows: ResponseRow[] }): { created: number } {
  const c = campaignOf(tx, a.campaignId);
  const members = new Set<string>();
  for (const r of campaignRuns(c.runs)) for (const id of [...r.target, ...r.control]) members.add(id);
  const issues = [];
  for (const [i, r] of a.rows.entries()) {
    if (!members.has(r.contactId)) issues.push({ field: `row ${i + 1}`, message: `contact ${r.contactId} is not in this campaign's audience` });
    else if (!RESPONSE_KINDS.includes(r.response) || r.response === 'sent') issues.push({ field: `row ${i + 1}`, message: `"${r.response}" is not a response` });
  }
  if (issues.length) throw new ValidationError('Response', issues);
  for (const r of a.rows) {
    const contact = tx.get('contacts', r.contactId);
    tx.create('activities', {
      type: c.channel === 'phone' ? 'call' : c.channel === 'email' ? 'email' : 'message',
      channel: c.channel,
      direction: 'in',
      subject: c.name,
      body: r.note,
      occurredAt: r.at ?? tx.now.toISOString(),
      contactId: r.contactId,
      companyId: contact?.companyId,
      campaignId: c.id,
      response: r.response,
    } satisfies Partial<Activity>);
  }
  return { created: a.rows.length };
}

export interface TouchRow {
  contactId: string;
  step: number;
  subject: string;
  body: string;
}

/** Logs messages that went out (exported outbox, mailto): each a 'sent' activity on the contact's timeline. */
export function logTouches(tx: CommandTx, a: { campaignId: string; touches: TouchRow[] }): { created: number } {
  const c = campaignOf(tx, a.campaignId);
  const targets = new Set<string>();
  for (const r of campaignRuns(c.runs)) for (const id of r.target) targets.add(id);
  const bad = a.touches.findIndex((t) => !targets.has(t.contactId));
  if (bad >= 0) throw new ValidationError('Touch', [{ field: `row ${bad + 1}`, message: `contact ${a.touches[bad].contactId} is not a target of this campaign` }]);
  for (const t of a.touches) {
    tx.create('activities', {
      type: c.channel === 'phone' ? 'call' : c.channel === 'email' ? 'email' : 'message',
      channel: c.channel,
      direction: 'out',
      subject: t.subject.slice(0, 300) || c.name,
      body: t.body,
      occurredAt: tx.now.toISOString(),
      contactId: t.contactId,
      companyId: tx.get('contacts', t.contactId)?.companyId,
      ownerId: c.ownerId,
      campaignId: c.id,
      response: 'sent',
      step: t.step,
    } satisfies Partial<Activity>);
  }
  return { created: a.touches.length };
}

export const campaignCommands = {
  'campaign.launch': command(['campaigns', 'activities'], launchCampaign),
  'campaign.recordResponses': command(['campaigns', 'activities', 'contacts'], recordResponses),
  'campaign.logTouches': command(['campaigns', 'activities', 'contacts'], logTouches),
};
