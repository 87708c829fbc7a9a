import { campaignRuns, campaignSteps, historyByContact, nextStep } from '../../domain/campaigns/index.ts';
import type { Activity, Campaign, Channel, TeamMember } from '../../domain/entities/index.ts';
import type { KithDB } from '../../store/schema.ts';
import { allProfiles, type CustomerProfile } from './profileSource.ts';

const DAY = 86_400_000;
export const CUSTOMER_TYPES = ['prospect', 'new', 'occasional', 'regular', 'vip', 'lapsed'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** A coarse customer type from the profile: what channel effectiveness is broken down by. */
export function customerType(p: CustomerProfile | undefined): CustomerType {
  if (!p || p.frequency === 0) return 'prospect';
  if ((p.recencyDays ?? 0) > 180) return 'lapsed';
  if (p.mScore === 5 && p.frequency >= 5) return 'vip';
  if ((p.tenureDays ?? 0) <= 90) return 'new';
  return p.frequency >= 2 ? 'regular' : 'occasional';
}

/** Days a customer is left alone on a channel after a campaign touch. */
export const FREQUENCY_CAP_DAYS: Partial<Record<Channel, number>> & { default: number } = { email: 7, sms: 14, messenger: 7, phone: 30, social: 7, default: 7 };
/** Cost of one touch when the campaign does not say, reporting minor units. */
const DEFAULT_COST: Partial<Record<Channel, number>> & { default: number } = { email: 5, sms: 8, messenger: 5, social: 10, phone: 400, default: 10 };
/** A response counts for the touch it follows within this many days. */
const RESPONSE_WINDOW_DAYS = 30;

export interface ChannelCell {
  channel: Channel;
  type: CustomerType;
  touched: number;
  responded: number;
  /** Laplace-smoothed response rate (responded + 1) / (touched + 2): a cell with few touches does not claim 0 % or 100 %. */
  rate: number;
}

export interface QueueItem {
  contactId: string;
  campaignId: string;
  channel: Channel;
  step: number;
  type: CustomerType;
  ownerId?: string;
  p: number;
  value: number;
  cost: number;
  /** p x value - cost, reporting minor units. */
  ev: number;
}

export interface ContactPlan {
  channels: ChannelCell[];
  /** Today's queue, best expected value first, within capacity and frequency caps. */
  queue: QueueItem[];
  /** Due touches left out today: over capacity, capped, or negative expected value. */
  deferred: { capacity: number; frequencyCap: number; negative: number };
  capacity: { memberId: string; name: string; weekly: number; daily: number; planned: number }[];
  needs: { campaignId: string; name: string; ownerId?: string; remaining: number; daysLeft: number; perDay: number }[];
}

export function channelEffectiveness(campaigns: readonly Pick<Campaign, 'id' | 'channel'>[], activities: readonly Pick<Activity, 'campaignId' | 'contactId' | 'response' | 'occurredAt'>[], typeOf: (contactId: string) => CustomerType): ChannelCell[] {
  const channelOf = new Map(campaigns.map((c) => [c.id, c.channel]));
  const sent = new Map<string, number>();
  const responded = new Map<string, number>();
  for (const a of activities) {
    if (!a.campaignId || !a.contactId || !a.response) continue;
    const key = `${a.campaignId}\u0000${a.contactId}`;
    const t = Date.parse(a.occurredAt);
    if (a.response === 'sent') sent.set(key, Math.min(sent.get(key) ?? Infinity, t));
    else if (a.response !== 'declined' && a.response !== 'optedOut') responded.set(key, Math.min(responded.get(key) ?? Infinity, t));
  }
  const cells = new Map<string, ChannelCell>();
  for (const [key, t] of sent) {
    const [campaignId, contactId] = key.split('\u0000');
    const channel = channelOf.get(campaignId);
    if (!channel) continue;
    const type = typeOf(contactId);
    const ck = `${channel}/${type}`;
    let cell = cells.get(ck);
    if (!cell) cells.set(ck, (cell = { channel, type, touched: 0, responded: 0, rate: 0 }));
    cell.touched++;
    const r = responded.get(key);
    if (r !== undefined && r >= t && r - t <= RESPONSE_WINDOW_DAYS * DAY) cell.responded++;
  }
  for (const c of cells.values()) c.rate = (c.responded + 1) / (c.touched + 2);
  return [...cells.values()].sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : CUSTOMER_TYPES.indexOf(a.type) - CUSTOMER_TYPES.indexOf(b.type)));
}

export interface PlanInput {
  now: Date;
  campaigns: readonly Campaign[];
  activities: readonly Activity[];
  members: readonly TeamMember[];
  profiles: ReadonlyMap<string, CustomerProfile>;
}

/**
 * The daily contact plan: every touch due today in running campaigns, valued
 * at (response probability for the channel and customer type) x (the
 * customer's average order) - (the cost of a touch), then taken best first
 * while the campaign owner's daily capacity (weekly / 5) lasts and no customer
 * is touched twice on one channel inside its frequency cap.
 */
export function planFrom(i: PlanInput): ContactPlan {
  const typeOf = (id: string) => customerType(i.profiles.get(id));
  const campaignActs = i.activities.filter((a) => a.campaignId);
  const channels = channelEffectiveness(i.campaigns, campaignActs, typeOf);
  const rate = new Map(channels.map((c) => [`${c.channel}/${c.type}`, c.rate]));
  const overall = new Map<Channel, number>();
  for (const c of channels) overall.set(c.channel, Math.max(overall.get(c.channel) ?? 0, c.rate));
  const aovs = [...i.profiles.values()].map((p) => p.avgOrderValue).filter((x): x is number => !!x).sort((a, b) => a - b);
  const medianAov = aovs.length ? aovs[Math.floor(aovs.length / 2)] : 10_000;

  const lastTouch = new Map<string, number>();
  for (const a of campaignActs) {
    if (a.response !== 'sent' || !a.contactId) continue;
    const k = `${a.contactId}/${a.channel}`;
    lastTouch.set(k, Math.max(lastTouch.get(k) ?? 0, Date.parse(a.occurredAt)));
  }
  const byCampaign = new Map<string, Activity[]>();
  for (const a of campaignActs) {
    const l = byCampaign.get(a.campaignId!);
    if (l) l.push(a);
    else byCampaign.set(a.campaignId!, [a]);
  }

  const due: QueueItem[] = [];
  const needs: ContactPlan['needs'] = [];
  for (const c of i.campaigns) {
    if (c.status !== 'running') continue;
    const runs = campaignRuns(c.runs);
    if (!runs.length) continue;
    const run = runs[runs.length - 1];
    const steps = campaignSteps(c);
    const hist = historyByContact(byCampaign.get(c.id) ?? []);
    let remaining = 0;
    for (const id of run.target) {
      const h = hist.get(id);
      if (!h?.sent.has(0)) remaining++;
      const s = nextStep(steps, h, run.at, i.now);
      if (s === null) continue;
      const type = typeOf(id);
      const p = rate.get(`${c.channel}/${type}`) ?? overall.get(c.channel) ?? 0.05;
      const value = i.profiles.get(id)?.avgOrderValue ?? medianAov;
      const cost = c.costPerContact ?? DEFAULT_COST[c.channel] ?? DEFAULT_COST.default;
      due.push({ contactId: id, campaignId: c.id, channel: c.channel, step: s, type, ownerId: c.ownerId, p, value, cost, ev: p * value - cost });
    }
    const daysLeft = c.endAt ? Math.max(1, Math.ceil((Date.parse(c.endAt) - i.now.getTime()) / DAY)) : 7;
    needs.push({ campaignId: c.id, name: c.name, ownerId: c.ownerId, remaining, daysLeft, perDay: Math.ceil(remaining / daysLeft) });
  }
  due.sort((a, b) => b.ev - a.ev || (a.contactId < b.contactId ? -1 : 1));

  const capacity = i.members
    .filter((m) => m.role === 'marketing' || m.capacity)
    .map((m) => ({ memberId: m.id, name: m.name, weekly: m.capacity ?? 0, daily: Math.floor((m.capacity ?? 0) / 5), planned: 0 }));
  const capOf = new Map(capacity.map((c) => [c.memberId, c]));
  const deferred = { capacity: 0, frequencyCap: 0, negative: 0 };
  const queue: QueueItem[] = [];
  const touchedToday = new Set<string>();
  for (const d of due) {
    if (d.ev <= 0) {
      deferred.negative++;
      continue;
    }
    const k = `${d.contactId}/${d.channel}`;
    const capDays = FREQUENCY_CAP_DAYS[d.channel] ?? FREQUENCY_CAP_DAYS.default;
    const last = lastTouch.get(k);
    if (touchedToday.has(k) || (last !== undefined && i.now.getTime() - last < capDays * DAY)) {
      deferred.frequencyCap++;
      continue;
    }
    const owner = d.ownerId ? capOf.get(d.ownerId) : undefined;
    if (owner && owner.planned >= owner.daily) {
      deferred.capacity++;
      continue;
    }
    if (owner) owner.planned++;
    touchedToday.add(k);
    queue.push(d);
  }
  return { channels, queue, deferred, capacity, needs };
}

export async function planContacts(db: KithDB, nowMs: number): Promise<ContactPlan> {
  const [campaigns, activities, members, { profiles }] = await Promise.all([
    db.rows('campaigns').toArray(),
    db.rows('activities').where('campaignId').above('').toArray(),
    db.rows('members').toArray(),
    allProfiles(db, nowMs),
  ]);
  const plan = planFrom({ now: new Date(nowMs), campaigns, activities, members, profiles: new Map(profiles.map((p) => [p.contactId, p])) });
  // The page shows the top of the queue; the counts say how long it is.
  return { ...plan, queue: plan.queue.slice(0, 300) };
}
