/**
 * The sales funnel: closed deals in the past (won ones line up with a real
 * order of that customer), open ones in the last months with a close date ahead.
 */
import { contactName, DEFAULT_STAGES, type Deal, type LeadSource, type Pipeline } from '../domain/entities/index.ts';
import type { CompanyMeta } from './companies.ts';
import { base, type DemoContext } from './context.ts';
import type { Locale } from './locales/index.ts';
import { currencyOf, roundAmount } from './money.ts';
import type { Commerce } from './orders.ts';
import { SOURCE_PICK, type ContactMeta } from './people.ts';
import { Weighted, type Rng } from './random.ts';
import type { MemberMeta, Team } from './team.ts';
import { DAY, HOUR, isoDate } from './time.ts';

const WON_SOURCE = Weighted.of<LeadSource>([['referral', 30], ['partner', 20], ['event', 15], ['website', 25], ['social', 5], ['ads', 3], ['cold', 2]]);
const LOST_SOURCE = Weighted.of<LeadSource>([['referral', 6], ['partner', 6], ['event', 10], ['website', 28], ['social', 12], ['ads', 20], ['cold', 18]]);

export interface DealMeta {
  rec: Deal;
  contact: number;
  company: number;
  owner: MemberMeta;
  createdMs: number;
  /** Closing time, or null while open. */
  closedMs: number | null;
}

const WHAT: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Office equipment refresh', 'Laptop rollout', 'Network upgrade', 'Printer fleet contract', 'Annual supplies agreement', 'Furniture for new office', 'Coffee service contract', 'Software licence renewal', 'Meeting room fit-out', 'Remote work kits', 'Storage and backup upgrade', 'Headsets for support team'],
  ru: ['Обновление оргтехники', 'Поставка ноутбуков', 'Модернизация сети', 'Договор на обслуживание принтеров', 'Годовой договор на канцтовары', 'Мебель для нового офиса', 'Кофе-сервис для офиса', 'Продление лицензий ПО', 'Оснащение переговорных', 'Комплекты для удалённой работы', 'Система хранения и резервного копирования', 'Гарнитуры для колл-центра'],
  zh: ['办公设备更新', '笔记本电脑采购', '网络升级', '打印机维保合同', '年度办公用品协议', '新办公室家具', '办公室咖啡服务', '软件许可续订', '会议室改造', '远程办公套装', '存储与备份升级', '客服团队耳机采购'],
};

const LOST_REASONS = ['Price too high', 'Chose a competitor', 'No budget this year', 'No decision / went silent', 'Timing: revisit next year', 'Missing feature', 'Lost to incumbent supplier', 'Project cancelled'];
const LOST_WEIGHTS = [26, 22, 14, 14, 9, 6, 6, 3];
const OPEN_STAGES = Weighted.of<string>([
  ['qualify', 35],
  ['discover', 26],
  ['proposal', 22],
  ['negotiate', 17],
]);
/** Median deal value in USD by company size class. */
const SIZE_MEDIAN = [3000, 8000, 20000, 45000, 90000];

export function makePipelines(ctx: DemoContext): Pipeline[] {
  const id = ctx.ids('pipelines');
  const ms = ctx.time.startMs;
  return ['New business', 'Renewals & upsell'].map((name) => ({ ...base(id(ms), ms), name, stages: DEFAULT_STAGES.map((s) => ({ ...s })) }));
}

export function makeDeals(ctx: DemoContext, pipelines: Pipeline[], companies: CompanyMeta[], contacts: ContactMeta[], commerce: Commerce, _team: Team): DealMeta[] {
  const rng = ctx.rng('deals');
  const id = ctx.ids('deals');
  const t = ctx.time;
  const n = ctx.count(3000, 6);
  const nOpen = Math.round(n * 0.15);
  const nWon = Math.round(n * 0.3);
  const nLost = n - nOpen - nWon;
  const lost = new Weighted(LOST_REASONS, LOST_WEIGHTS);

  const atCompany: number[] = [];
  const b2bBuyers: number[] = [];
  contacts.forEach((c, i) => {
    if (c.company < 0) return;
    atCompany.push(i);
    if (commerce.customers[i]) b2bBuyers.push(i);
  });
  const anyContact = contacts.map((_, i) => i);
  // Bigger companies are courted more often.
  const courted = new Weighted(atCompany, atCompany.map((i) => 1 + companies[contacts[i].company].size));

  const out: DealMeta[] = [];
  // Where a deal came from predicts how it ends (referrals close, cold outreach mostly does not),
  // so lead scoring has a real signal to find; the contact's own source still counts half the time.
  const sourceFor = (c: ContactMeta, stageId: string): LeadSource => {
    const own = c.rec.source !== 'import' && c.rec.source ? c.rec.source : null;
    if (own && rng.chance(0.5)) return own;
    return (stageId === 'won' ? WON_SOURCE : stageId === 'lost' ? LOST_SOURCE : SOURCE_PICK).pick(rng);
  };
  const make = (ci: number, createdMs: number, closedMs: number | null, stageId: string, renewal: boolean): DealMeta => {
    const c = contacts[ci];
    const co = c.company >= 0 ? companies[c.company] : null;
    const currency = co ? co.currency : currencyOf(c.place.country);
    const median = (co ? SIZE_MEDIAN[co.size] : 1500) * (renewal ? 0.6 : 1);
    const who = co ? co.short : contactName(c.rec);
    const owner = co ? co.owner : c.owner;
    const rec: Deal = {
      ...base(id(createdMs), createdMs, closedMs ?? Math.min(t.nowMs, createdMs + rng.int(20) * DAY)),
      title: `${rng.pick(WHAT[c.locale])} — ${who}`,
      pipelineId: pipelines[renewal ? 1 : 0].id,
      stageId,
      amount: roundAmount(rng.logNormal(median, 0.8), currency),
      currency,
      contactId: c.rec.id,
      ownerId: owner.rec.id,
      source: sourceFor(c, stageId),
    };
    if (co) rec.companyId = co.rec.id;
    out.push({ rec, contact: ci, company: c.company, owner, createdMs, closedMs });
    return out[out.length - 1];
  };

  // Won: the customer's order is the deal's outcome, so closing precedes it by a few days.
  for (let i = 0; i < nWon; i++) {
    const pool = b2bBuyers.length ? b2bBuyers : anyContact;
    const ci = rng.pick(pool);
    const stats = commerce.customers[ci];
    const born = contacts[ci].createdMs;
    // Prefer an order with some history before it, so the deal had time to be worked.
    let orderIdx = stats ? rng.pick(stats.orders) : -1;
    for (let k = 0; stats && k < 4 && Date.parse(commerce.orders[orderIdx].orderedAt) - born < 14 * DAY; k++) orderIdx = rng.pick(stats.orders);
    const orderMs = orderIdx >= 0 ? Date.parse(commerce.orders[orderIdx].orderedAt) : Math.min(t.nowMs - HOUR, Math.max(born + DAY, t.nowMs - rng.int(700) * DAY));
    const renewal = stats !== null && orderIdx !== stats.orders[0];
    const closedMs = Math.max(born, orderMs - rng.int(5 * 24) * HOUR);
    const createdMs = Math.min(closedMs, Math.max(contacts[ci].createdMs, closedMs - cycleDays(rng) * DAY));
    const d = make(ci, createdMs, closedMs, 'won', renewal);
    d.rec.closedAt = new Date(closedMs).toISOString();
    d.rec.expectedClose = isoDate(closedMs + rng.range(-10, 5) * DAY);
  }

  for (let i = 0; i < nLost; i++) {
    const ci = rng.chance(0.9) ? courted.pick(rng) : rng.pick(anyContact);
    const c = contacts[ci];
    const from = t.dayOf(c.createdMs);
    // Lost deals need time to be lost in: none opened in the last month.
    const day = t.sampleDay(rng, 'work', from, t.days - 30);
    const createdMs = Math.max(c.createdMs, t.workTime(rng, day, c.place.utcOffset));
    const planned = cycleDays(rng);
    const closedMs = Math.min(t.nowMs - rng.range(1, 48) * HOUR, createdMs + Math.round(planned * rng.logNormal(1.2, 0.4)) * DAY);
    const d = make(ci, createdMs, Math.max(createdMs, closedMs), 'lost', rng.chance(0.15));
    d.rec.closedAt = new Date(Math.max(createdMs, closedMs)).toISOString();
    d.rec.expectedClose = isoDate(createdMs + planned * DAY);
    d.rec.lostReason = lost.pick(rng);
  }

  for (let i = 0; i < nOpen; i++) {
    const ci = rng.chance(0.88) ? courted.pick(rng) : rng.pick(anyContact);
    const c = contacts[ci];
    const day = t.sampleDay(rng, 'work', Math.max(t.dayOf(c.createdMs), t.days - 150), t.days - 1);
    const createdMs = Math.max(c.createdMs, t.workTime(rng, day, c.place.utcOffset));
    const d = make(ci, createdMs, null, OPEN_STAGES.pick(rng), rng.chance(0.2));
    d.rec.expectedClose = isoDate(t.nowMs + rng.range(7, 120) * DAY);
    if (rng.chance(0.1)) d.rec.notes = 'Waiting for budget sign-off from finance.';
  }
  // A stream of its own, so the history leaves every other generated value as it was.
  const hist = ctx.rng('dealStages');
  for (const d of out) d.rec.stageHistory = demoStageHistory(hist, d.rec, d.createdMs, d.closedMs ?? t.nowMs);
  return out;
}

const OPEN_ORDER = DEFAULT_STAGES.filter((s) => s.kind === 'open').map((s) => s.id);

/**
 * The stages a seeded deal went through: the open stages up to where it sits
 * (a lost deal dropped out somewhere along them), spread over its life with
 * random stays, then its won/lost stage at closing.
 */
function demoStageHistory(rng: Rng, deal: Deal, createdMs: number, endMs: number): NonNullable<Deal['stageHistory']> {
  const k = OPEN_ORDER.indexOf(deal.stageId);
  const passed = deal.stageId === 'won' ? OPEN_ORDER.length : deal.stageId === 'lost' ? 1 + rng.int(OPEN_ORDER.length) : k + 1;
  const stays = Array.from({ length: passed }, () => 0.3 + rng.next());
  // An open deal is still in its last stage: that stay is cut short by "now".
  const total = stays.reduce((a, b) => a + b, 0) + (k >= 0 ? 0.6 : 0);
  const span = Math.max(0, endMs - createdMs);
  const visits: NonNullable<Deal['stageHistory']> = [];
  let at = createdMs;
  for (let i = 0; i < passed; i++) {
    visits.push({ stageId: OPEN_ORDER[i], at: new Date(Math.round(at)).toISOString(), by: null });
    at += (span * stays[i]) / total;
  }
  if (k < 0) visits.push({ stageId: deal.stageId, at: new Date(endMs).toISOString(), by: null });
  return visits;
}

/** Sales cycle length in days: a month typically, a quarter for the slow ones. */
function cycleDays(rng: Rng): number {
  return Math.max(3, Math.min(240, Math.round(rng.logNormal(30, 0.65))));
}
