/**
 * Segments (rules over customer profiles, in the format of src/domain/segments/rule.ts)
 * and the campaigns aimed at them.
 */
import type { Campaign, Segment } from '../domain/entities/index.ts';
import { base, type DemoContext } from './context.ts';
import type { Team } from './team.ts';
import { DAY, HOUR, iso } from './time.ts';

interface SegmentSpec {
  key: string;
  name: string;
  description: string;
  rule: { all: { field: string; op: string; value: number | string | string[] }[] };
  color: string;
}

const SEGMENTS: readonly SegmentSpec[] = [
  { key: 'lapsed', name: 'Lapsed customers', description: 'Bought at least twice, but nothing in the last six months.', color: '#e3342f', rule: { all: [{ field: 'recencyDays', op: '>', value: 180 }, { field: 'frequency', op: '>=', value: 2 }] } },
  // Money is in minor units of the reporting currency: 2,000,000 = 20,000.00.
  { key: 'vip', name: 'VIP customers', description: 'Frequent buyers with high lifetime revenue.', color: '#6b4fbb', rule: { all: [{ field: 'monetary', op: '>=', value: 2_000_000 }, { field: 'frequency', op: '>=', value: 10 }] } },
  { key: 'new', name: 'New customers (90 days)', description: 'First order in the last three months.', color: '#38c172', rule: { all: [{ field: 'tenureDays', op: '<=', value: 90 }, { field: 'frequency', op: '>=', value: 1 }] } },
  { key: 'risk', name: 'Slipping regulars', description: 'Used to buy often (F score 4-5) but have not bought lately (R score 1-2).', color: '#f6993f', rule: { all: [{ field: 'fScore', op: '>=', value: 4 }, { field: 'rScore', op: '<=', value: 2 }] } },
  { key: 'ru', name: 'Russian-speaking customers', description: 'Customers whose language is Russian.', color: '#3490dc', rule: { all: [{ field: 'locale', op: '=', value: 'ru' }, { field: 'frequency', op: '>=', value: 1 }] } },
  { key: 'warm', name: 'Warm leads from referrals and events', description: 'Leads and prospects who came through a referral, an event or a partner.', color: '#f66d9b', rule: { all: [{ field: 'lifecycle', op: 'in', value: ['lead', 'prospect'] }, { field: 'source', op: 'in', value: ['referral', 'event', 'partner'] }] } },
];

export function makeSegments(ctx: DemoContext): { segments: Segment[]; byKey: Map<string, Segment> } {
  const id = ctx.ids('segments');
  const byKey = new Map<string, Segment>();
  const segments = SEGMENTS.map((s, i) => {
    const ms = ctx.time.startMs + (i + 1) * 30 * DAY;
    const seg: Segment = { ...base(id(ms), ms), name: s.name, description: s.description, rule: s.rule, color: s.color };
    byKey.set(s.key, seg);
    return seg;
  });
  return { segments, byKey };
}

/** The most recent `month` (0-based) start, at least `minAgoDays` before now. */
function lastMonthStart(nowMs: number, month: number, minAgoDays: number): number {
  const now = new Date(nowMs - minAgoDays * DAY);
  let y = now.getUTCFullYear();
  if (Date.UTC(y, month, 1) > now.getTime()) y--;
  return Date.UTC(y, month, 1, 8);
}

interface CampaignSpec {
  created: number;
  name: string;
  status: Campaign['status'];
  channel: Campaign['channel'];
  segment: string;
  controlShare: number;
  template: string;
  start?: number;
  end?: number;
  budget?: number;
  currency?: string;
  owner: 'en' | 'ru';
}

export function makeCampaigns(ctx: DemoContext, seg: Map<string, Segment>, team: Team): Campaign[] {
  const id = ctx.ids('campaigns');
  const now = ctx.time.nowMs;
  const marketer = (loc: 'en' | 'ru') => team.members.find((m) => m.rec.role === 'marketing' && m.locale === loc)?.rec.id;
  const q4 = lastMonthStart(now, 10, 60);
  const spring = lastMonthStart(now, 3, 10);
  const specs: CampaignSpec[] = [
    {
      created: now - 215 * DAY, name: 'Win-back: 15% off your next order', status: 'done', channel: 'email', segment: 'lapsed', controlShare: 0.2,
      template: 'Hi {{firstName}},\n\nWe miss you! Here is 15% off your next order with code COMEBACK15, valid for 30 days.\n\nThe Kith Office team',
      start: now - 200 * DAY, end: now - 170 * DAY, budget: 200_000, currency: 'USD', owner: 'en',
    },
    {
      created: q4 - 20 * DAY, name: 'Q4 printer & toner bundle', status: 'done', channel: 'email', segment: 'new', controlShare: 0.15,
      template: 'Hi {{firstName}},\n\nYear-end offer: any laser printer with a spare toner cartridge at 20% off until December 20.\n\nThe Kith Office team',
      start: q4, end: q4 + 49 * DAY, budget: 500_000, currency: 'USD', owner: 'en',
    },
    {
      created: now - 110 * DAY, name: 'VIP early access: new laptops', status: 'done', channel: 'messenger', segment: 'vip', controlShare: 0.1,
      template: '{{firstName}}, as one of our best customers you can order the new Vertex Pro 14 G4 a week before everyone else.',
      start: now - 95 * DAY, end: now - 88 * DAY, budget: 100_000, currency: 'USD', owner: 'en',
    },
    {
      created: spring - 14 * DAY, name: 'Весенняя распродажа офисной мебели', status: spring + 30 * DAY < now ? 'done' : 'running', channel: 'email', segment: 'ru', controlShare: 0.15,
      template: '{{firstName}}, здравствуйте!\n\nДо конца апреля скидка 20% на кресла и столы для офиса. Доставка по России бесплатно.\n\nКоманда Kith Office',
      start: spring, end: spring + 30 * DAY, budget: 15_000_000, currency: 'RUB', owner: 'ru',
    },
    {
      created: now - 5 * DAY, name: 'Churn prevention: account manager calls', status: 'scheduled', channel: 'phone', segment: 'risk', controlShare: 0.25,
      template: 'Call script: thank {{firstName}} for their business, ask how the last order went, offer a review of their supply needs.',
      start: now + 7 * DAY, end: now + 37 * DAY, owner: 'en',
    },
    {
      created: now - 2 * DAY, name: 'Lead nurture: webinar invitation', status: 'draft', channel: 'social', segment: 'warm', controlShare: 0.1,
      template: 'Hi {{firstName}}, join our free webinar "Set up a hybrid office in a week" next Thursday.',
      owner: 'en',
    },
  ];
  return specs.map((s) => {
    // Campaigns are edited until they start; finished ones were last touched when they ended.
    const created = Math.floor(Math.min(s.created, now - HOUR) / 1000) * 1000;
    const touched = s.status === 'done' && s.end ? s.end : created;
    const c: Campaign = { ...base(id(created), created, touched), name: s.name, status: s.status, channel: s.channel, controlShare: s.controlShare, template: s.template };
    const segment = seg.get(s.segment);
    if (segment) c.segmentId = segment.id;
    if (s.start !== undefined) c.startAt = iso(s.start);
    if (s.end !== undefined) c.endAt = iso(s.end);
    if (s.budget !== undefined) c.budget = s.budget;
    if (s.currency) c.currency = s.currency;
    const owner = marketer(s.owner);
    if (owner) c.ownerId = owner;
    return c;
  });
}
