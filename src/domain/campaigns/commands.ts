import { command, type CommandTx } from '../commands.ts';
import { RESPONSE_KINDS, type Activity, type Campaign, type ResponseKind } from '../entities/index.ts';
import { ValidationError, type FieldIssue } from '../validation.ts';
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
  if (!c) throw new ValidationError('Campaign', [{ field: 'campaignId', code: 'invalid', params: { why: 'noCampaign' }, message: `no campaign ${id}` }]);
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
  if (runs.length && c.kind !== 'periodic') throw new ValidationError('Campaign', [{ field: 'runs', code: 'invalid', params: { why: 'launched' }, message: 'is already launched; only periodic campaigns run again' }]);
  if (!a.candidates.length) throw new ValidationError('Campaign', [{ field: 'segmentId', code: 'invalid', params: { why: 'noMembers' }, message: 'has no members to send to' }]);
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
  if (!run.target) throw new ValidationError('Campaign', [{ field: 'segmentId', code: 'invalid', params: { why: 'noneLeft' }, message: 'leaves no one to send to after contact pressure rules' }]);
  return tx.update('campaigns', c.id, {
    runs: [...runs, run],
    status: 'running',
    startAt: c.startAt ?? tx.now.toISOString(),
  });
}

export interface ResponseRow {
  contactId: string;
  response: ResponseKind;
  /** ISO time, or a bare day 'YYYY-MM-DD' (a file that gives only dates); defaults to the command's time. */
  at?: string;
  note?: string;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * When a response happened. A bare day means "that day": noon UTC, but never
 * before the campaign reached the contact, so a response dated the launch day
 * counts however late in the day the campaign was launched (measurement only
 * counts responses from the launch on). Null when the response predates the
 * contact's first run: such a row is refused rather than silently ignored.
 */
export function responseTime(at: string | undefined, reachedAt: string, now: Date): string | null {
  if (!at) return now.toISOString() < reachedAt ? reachedAt : now.toISOString();
  if (DAY_RE.test(at)) {
    if (at < reachedAt.slice(0, 10)) return null;
    const noon = `${at}T12:00:00.000Z`;
    return noon < reachedAt ? reachedAt : noon;
  }
  const iso = new Date(Date.parse(at)).toISOString();
  return iso < reachedAt ? null : iso;
}

/**
 * Records responses (by hand or from an import) as activities of the campaign,
 * so they show on the contact's timeline. All rows or none: a row naming a
 * contact outside the frozen audience, an unknown response or a date before the
 * campaign reached the contact fails the lot with its row number.
 */
export function recordResponses(tx: CommandTx, a: { campaignId: string; rows: ResponseRow[] }): { created: number } {
  const c = campaignOf(tx, a.campaignId);
  // When the campaign first reached each contact: the launch of the earliest run holding them.
  const reached = new Map<string, string>();
  for (const r of campaignRuns(c.runs)) for (const id of [...r.target, ...r.control]) if (!reached.has(id)) reached.set(id, r.at);
  const issues: FieldIssue[] = [];
  const times: string[] = [];
  for (const [i, r] of a.rows.entries()) {
    const row = i + 1;
    const at = reached.get(r.contactId);
    if (!at) issues.push({ field: 'contactId', code: 'invalid', params: { why: 'notInAudience', row, contact: r.contactId }, message: `row ${row}: contact ${r.contactId} is not in this campaign's audience` });
    else if (!RESPONSE_KINDS.includes(r.response) || r.response === 'sent')
      issues.push({ field: 'response', code: 'invalid', params: { why: 'notAResponse', row, value: String(r.response) }, message: `row ${row}: "${r.response}" is not a response` });
    else if (r.at !== undefined && (DAY_RE.test(r.at) ? false : Number.isNaN(Date.parse(r.at))))
      issues.push({ field: 'occurredAt', code: 'invalid', params: { why: 'notADate', row, value: r.at }, message: `row ${row}: "${r.at}" is not a date` });
    else {
      const t = responseTime(r.at, at, tx.now);
      if (t === null) issues.push({ field: 'occurredAt', code: 'invalid', params: { why: 'beforeLaunch', row, value: r.at!, launch: at.slice(0, 10) }, message: `row ${row}: ${r.at} is before the campaign reached the contact on ${at.slice(0, 10)}` });
      else times.push(t);
    }
  }
  if (issues.length) throw new ValidationError('Response', issues);
  a.rows.forEach((r, i) => {
    const contact = tx.get('contacts', r.contactId);
    tx.create('activities', {
      type: c.channel === 'phone' ? 'call' : c.channel === 'email' ? 'email' : 'message',
      channel: c.channel,
      direction: 'in',
      subject: c.name,
      body: r.note,
      occurredAt: times[i],
      contactId: r.contactId,
      companyId: contact?.companyId,
      campaignId: c.id,
      response: r.response,
    } satisfies Partial<Activity>);
  });
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
  if (bad >= 0)
    throw new ValidationError('Touch', [{ field: 'contactId', code: 'invalid', params: { why: 'notTarget', row: bad + 1, contact: a.touches[bad].contactId }, message: `row ${bad + 1}: contact ${a.touches[bad].contactId} is not a target of this campaign` }]);
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
