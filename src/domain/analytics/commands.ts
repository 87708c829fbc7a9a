import { command } from '../commands.ts';
import { derivedId } from '../rules/ids.ts';
import { ValidationError } from '../validation.ts';

const DAY = 86_400_000;

export interface FollowUp {
  contactId: string;
  /** In the UI language of whoever asked: the task is read by the owner as written. */
  title: string;
  notes?: string;
}

export interface FollowUpArgs {
  /** What the list came from, e.g. "churn:2026-11-30": the same list asked twice makes no second task. */
  key: string;
  items: FollowUp[];
  dueDays: number;
}

/**
 * Mining to action: one follow-up task per customer of a scored list, assigned to the
 * customer's owner (or, with no owner, to whoever asked). Task ids derive from the list key
 * and the contact, so a double click or a second device creates nothing twice.
 */
export const followUpTasks = command(['tasks', 'contacts'], (tx, a: FollowUpArgs) => {
  const issues: { field: string; message: string }[] = [];
  if (!a.items.length) issues.push({ field: 'items', message: 'no customers chosen' });
  if (!(a.dueDays >= 0 && a.dueDays <= 365)) issues.push({ field: 'dueDays', message: 'must be 0 to 365 days' });
  a.items.forEach((it, i) => {
    if (!tx.get('contacts', it.contactId)) issues.push({ field: `items.${i + 1}`, message: `no contact ${it.contactId}` });
    if (!it.title.trim()) issues.push({ field: `items.${i + 1}`, message: 'title is empty' });
  });
  if (issues.length) throw new ValidationError('Task', issues);
  // The id's time part is the day, not the instant: the same list asked again that day finds its tasks.
  const day = Math.floor(tx.now.getTime() / DAY) * DAY;
  let created = 0;
  const ids: string[] = [];
  const owners = new Set<string>();
  for (const it of a.items) {
    const c = tx.get('contacts', it.contactId)!;
    const assigneeId = c.ownerId ?? tx.author ?? undefined;
    const r = tx.ensure('tasks', derivedId(`followup\u0000${a.key}\u0000${it.contactId}`, day), {
      title: it.title,
      status: 'open',
      priority: 'high',
      dueAt: new Date(tx.now.getTime() + a.dueDays * DAY).toISOString(),
      contactId: it.contactId,
      ...(assigneeId ? { assigneeId } : {}),
      ...(it.notes ? { notes: it.notes } : {}),
    });
    if (r.created) created++;
    ids.push(r.record.id);
    if (assigneeId) owners.add(assigneeId);
  }
  return { created, existing: a.items.length - created, owners: owners.size, ids };
});

export interface WinBackArgs {
  contactIds: string[];
  /** Names in the asker's UI language, as the campaign list will show them. */
  campaignName: string;
  segmentName: string;
  segmentDescription?: string;
  template?: string;
}

/**
 * Mining to action: the chosen customers of a scored list become a segment (a fixed
 * `contactId in [...]` rule, like a saved cluster) and a draft single-message campaign on it,
 * with a 10 % control group so the win-back can be measured. Both records or neither.
 */
export const winBackCampaign = command(['segments', 'campaigns', 'contacts'], (tx, a: WinBackArgs) => {
  const issues: { field: string; message: string }[] = [];
  if (!a.contactIds.length) issues.push({ field: 'contactIds', message: 'no customers chosen' });
  a.contactIds.forEach((id, i) => {
    if (!tx.get('contacts', id)) issues.push({ field: `contactIds.${i + 1}`, message: `no contact ${id}` });
  });
  if (!a.campaignName.trim()) issues.push({ field: 'campaignName', message: 'is empty' });
  if (issues.length) throw new ValidationError('Campaign', issues);
  const ids = [...new Set(a.contactIds)];
  const segment = tx.create('segments', {
    name: a.segmentName,
    ...(a.segmentDescription ? { description: a.segmentDescription } : {}),
    rule: { all: [{ field: 'contactId', op: 'in', value: ids }] },
  });
  const campaign = tx.create('campaigns', {
    name: a.campaignName,
    status: 'draft',
    channel: 'email',
    kind: 'single',
    goal: 'purchase',
    segmentId: segment.id,
    controlShare: 0.1,
    ...(a.template ? { template: a.template } : {}),
    ...(tx.author ? { ownerId: tx.author } : {}),
  });
  return { segmentId: segment.id, campaignId: campaign.id, customers: ids.length };
});

export const analyticsCommands = {
  'analytics.followUpTasks': followUpTasks,
  'analytics.winBackCampaign': winBackCampaign,
};
