/**
 * Segments (rules over customer profiles, in the format of src/domain/segments/rule.ts)
 * and the campaigns aimed at them.
 */
import type { Campaign, Segment } from '../domain/entities/index.ts';
import { base, type DemoContext } from './context.ts';
import type { Team } from './team.ts';
import { DAY, HOUR, iso } from './time.ts';
import type { CampaignStep } from '../domain/campaigns/steps.ts';
import type { HistorySpec } from './campaignHistory.ts';

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
  kind?: Campaign['kind'];
  goal?: Campaign['goal'];
  steps?: CampaignStep[];
  everyDays?: number;
  templates?: Campaign['templates'];
  targetResponseRate?: number;
  targetRevenue?: number;
  /** Launched: the audience the history is drawn from, run times, effect. */
  history?: Omit<HistorySpec, 'campaign' | 'steps'>;
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

export function makeCampaigns(ctx: DemoContext, seg: Map<string, Segment>, team: Team): { campaigns: Campaign[]; history: HistorySpec[] } {
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
      kind: 'multi', goal: 'purchase', targetResponseRate: 0.1, targetRevenue: 2_500_000,
      steps: [
        { waitDays: 0, branch: 'all', templates: { en: 'Hi {firstName},\n\nWe miss you! Here is 15% off your next order with code COMEBACK15, valid for 30 days. Perhaps the {recommendedProduct}?\n\n{owner}, Kith Office', ru: '{firstName}, здравствуйте!\n\nМы скучаем: скидка 15% на следующий заказ по коду COMEBACK15, 30 дней.\n\n{owner}, Kith Office' } },
        { waitDays: 7, branch: 'silent', templates: { en: 'Hi {firstName}, a reminder: your 15% (COMEBACK15) ends in three weeks.', ru: '{firstName}, напоминаем: скидка 15% (COMEBACK15) действует ещё три недели.' } },
      ],
      history: { audience: 'lapsed', runsAt: [now - 200 * DAY], effect: 0.05 },
    },
    {
      created: q4 - 20 * DAY, name: 'Q4 printer & toner bundle', status: 'done', channel: 'email', segment: 'new', controlShare: 0.15,
      template: 'Hi {{firstName}},\n\nYear-end offer: any laser printer with a spare toner cartridge at 20% off until December 20.\n\nThe Kith Office team',
      start: q4, end: q4 + 49 * DAY, budget: 500_000, currency: 'USD', owner: 'en',
      kind: 'single', goal: 'purchase', targetRevenue: 3_000_000,
      // The one that did nothing: the measured uplift is indistinguishable from zero.
      history: { audience: 'new', runsAt: [q4], effect: 0 },
    },
    {
      created: now - 110 * DAY, name: 'VIP early access: new laptops', status: 'done', channel: 'messenger', segment: 'vip', controlShare: 0.1,
      template: '{{firstName}}, as one of our best customers you can order the new Vertex Pro 14 G4 a week before everyone else.',
      start: now - 95 * DAY, end: now - 88 * DAY, budget: 100_000, currency: 'USD', owner: 'en',
      kind: 'single', goal: 'purchase', targetResponseRate: 0.2,
      // The audience was ranked by a spend model: uplift by decile and a Qini curve.
      history: { audience: 'vip', runsAt: [now - 95 * DAY], effect: 0.08, scored: true },
    },
    {
      created: spring - 14 * DAY, name: 'Весенняя распродажа офисной мебели', status: spring + 30 * DAY < now ? 'done' : 'running', channel: 'email', segment: 'ru', controlShare: 0.15,
      template: '{{firstName}}, здравствуйте!\n\nДо конца апреля скидка 20% на кресла и столы для офиса. Доставка по России бесплатно.\n\nКоманда Kith Office',
      start: spring, end: spring + 30 * DAY, budget: 15_000_000, currency: 'RUB', owner: 'ru',
      kind: 'single', goal: 'occasionalToRegular',
      templates: { ru: '{firstName}, здравствуйте!\n\nДо конца апреля скидка 20% на кресла и столы для офиса. Ваш уровень в программе лояльности: {loyaltyTier}.\n\nКоманда Kith Office', en: 'Hi {firstName},\n\n20% off office chairs and desks until the end of April. Your loyalty tier: {loyaltyTier}.\n\nThe Kith Office team' },
      history: spring < now ? { audience: 'ru', runsAt: [spring], effect: 0.04 } : undefined,
    },
    {
      created: now - 5 * DAY, name: 'Churn prevention: account manager calls', status: 'running', channel: 'email', segment: 'risk', controlShare: 0.25,
      template: 'Hi {{firstName}}, thank you for your business. How did your last order ({lastOrder}) go? {owner} would be glad to review your supply needs.',
      start: now - 3 * DAY, end: now + 27 * DAY, owner: 'en',
      kind: 'multi', goal: 'purchase', targetResponseRate: 0.15,
      steps: [
        { waitDays: 0, branch: 'all', templates: { en: 'Hi {firstName}, thank you for your business. How did your last order ({lastOrder}) go? {owner} would be glad to review your supply needs.', ru: '{firstName}, спасибо, что вы с нами. Как прошёл ваш последний заказ ({lastOrder})? {owner} поможет пересмотреть ваши закупки.', zh: '{firstName}，感谢您的支持。您上次的订单（{lastOrder}）还满意吗？{owner} 很乐意为您梳理采购需求。' } },
        { waitDays: 5, branch: 'responded', templates: { en: '{firstName}, as promised: 10% off {recommendedProduct} this month.', ru: '{firstName}, как обещали: скидка 10% на {recommendedProduct} в этом месяце.' } },
        { waitDays: 7, branch: 'silent', templates: { en: '{firstName}, shall we call you? Reply with a good time.', ru: '{firstName}, вам позвонить? Ответьте, когда удобно.' } },
      ],
      history: { audience: 'risk', runsAt: [now - 3 * DAY], effect: 0.02, sentShare: 0.6 },
    },
    {
      created: now - 2 * DAY, name: 'Lead nurture: webinar invitation', status: 'draft', channel: 'social', segment: 'warm', controlShare: 0.1,
      template: 'Hi {{firstName}}, join our free webinar "Set up a hybrid office in a week" next Thursday.',
      owner: 'en', kind: 'prospect', goal: 'response', targetResponseRate: 0.05,
    },
    {
      created: now - 80 * DAY, name: 'Welcome series for new customers (monthly)', status: 'running', channel: 'email', segment: 'new', controlShare: 0.1,
      template: 'Welcome, {firstName}! As a {loyaltyTier} member you earn points on every order. Customers like you also buy {recommendedProduct}.',
      start: now - 75 * DAY, owner: 'ru', kind: 'periodic', everyDays: 30, goal: 'occasionalToRegular',
      history: { audience: 'new', runsAt: [now - 75 * DAY, now - 45 * DAY, now - 15 * DAY], effect: 0.05 },
    },
  ];
  const history: HistorySpec[] = [];
  const campaigns = specs.map((s) => {
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
    if (s.kind) c.kind = s.kind;
    if (s.goal) c.goal = s.goal;
    if (s.steps) c.steps = s.steps;
    if (s.templates) c.templates = s.templates;
    if (s.everyDays) c.everyDays = s.everyDays;
    if (s.targetResponseRate !== undefined) c.targetResponseRate = s.targetResponseRate;
    if (s.targetRevenue !== undefined) c.targetRevenue = s.targetRevenue;
    if (s.history) history.push({ ...s.history, campaign: c, steps: s.steps });
    return c;
  });
  return { campaigns, history };
}
