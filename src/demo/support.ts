/**
 * Support requests through their lifecycle (received -> recorded -> assigned ->
 * in progress -> closed). Most follow a real order of the customer, written in
 * the customer's language; satisfaction falls with a bad tone and a slow fix.
 */
import { contactName, PRIORITIES, type Product, type Ticket } from '../domain/entities/index.ts';
import type { Channel } from '../domain/entities/sources.ts';
import { CATALOG } from './catalog.ts';
import type { CompanyMeta } from './companies.ts';
import type { DemoContext } from './context.ts';
import type { Commerce } from './orders.ts';
import type { ContactMeta } from './people.ts';
import { Weighted, type Rng } from './random.ts';
import type { MemberMeta, Team } from './team.ts';
import { resolutionText, ticketText, TOPIC_CATEGORY, TOPICS, type Lang, type Tone, type Topic } from './tickets.ts';
import { DAY, HOUR, iso } from './time.ts';

export interface TicketMeta {
  rec: Ticket;
  contact: number;
  tone: Tone;
  assignee: MemberMeta | null;
  receivedMs: number;
  closedMs: number | null;
}

type Priority = (typeof PRIORITIES)[number];

const STATUS = Weighted.of<Ticket['status']>([
  ['closed', 80],
  ['in_progress', 7],
  ['assigned', 5],
  ['recorded', 4],
  ['received', 4],
]);
const PRIORITY: Readonly<Record<Tone, Weighted<Priority>>> = {
  negative: Weighted.of<Priority>([['urgent', 15], ['high', 40], ['normal', 40], ['low', 5]]),
  neutral: Weighted.of<Priority>([['high', 10], ['normal', 65], ['low', 25]]),
  positive: Weighted.of<Priority>([['normal', 40], ['low', 60]]),
};
const CHANNEL: Readonly<Record<Lang, Weighted<Channel>>> = {
  en: Weighted.of<Channel>([['email', 45], ['web', 25], ['phone', 15], ['chat', 15]]),
  // Telegram and WeChat are where these customers write first.
  ru: Weighted.of<Channel>([['email', 40], ['phone', 20], ['messenger', 25], ['web', 15]]),
  zh: Weighted.of<Channel>([['messenger', 45], ['email', 25], ['phone', 15], ['web', 15]]),
};
/** Median hours from starting work to closing, by priority. */
const FIX_HOURS: Readonly<Record<Priority, number>> = { urgent: 4, high: 14, normal: 30, low: 60 };
/** Days between the order and the message about it, by topic. */
const DELAY: Readonly<Record<string, readonly [number, number]>> = {
  late_delivery: [4, 14], damaged: [2, 7], wrong_item: [2, 6], invoice_wrong: [1, 20], refund_slow: [12, 30],
  thanks: [2, 30], praise_product: [14, 45], fast_delivery: [1, 3], change_address: [0, 1], invoice_copy: [3, 60], mixed: [5, 20],
};

/** First index in the sorted times that is >= ms. */
function lowerBound(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeTickets(ctx: DemoContext, contacts: ContactMeta[], companies: CompanyMeta[], commerce: Commerce, products: readonly Product[], team: Team): TicketMeta[] {
  const rng = ctx.rng('tickets');
  const id = ctx.ids('tickets');
  const t = ctx.time;
  const n = ctx.count(1500, 8);
  const topics = new Weighted(TOPICS, TOPICS.map((x) => x.weight));
  const { orders, lines } = commerce;
  const orderMs = new Float64Array(orders.length);
  const lineStart = new Int32Array(orders.length + 1);
  for (let i = 0; i < orders.length; i++) {
    orderMs[i] = Date.parse(orders[i].orderedAt);
    lineStart[i + 1] = lineStart[i] + orders[i].lineCount;
  }
  const productIndex = new Map(products.map((p, i) => [p.id, i]));
  const durables = CATALOG.map((it, i) => (it.durable ? i : -1)).filter((i) => i >= 0);
  const oldOrdersEnd = lowerBound(orderMs, t.nowMs - 20 * DAY);
  const recentStart = lowerBound(orderMs, t.nowMs - 25 * DAY);

  const out: TicketMeta[] = [];
  for (let k = 0; k < n; k++) {
    const topic: Topic = topics.pick(rng);
    const status = STATUS.pick(rng);
    const closed = status === 'closed';
    const useOrder = topic.needsOrder || rng.chance(0.8);
    const [lo, hi] = closed ? [0, oldOrdersEnd] : [recentStart, orders.length];

    let contact: number;
    let receivedMs: number;
    let orderIdx = -1;
    if (useOrder && hi > lo) {
      orderIdx = lo + rng.int(hi - lo);
      contact = commerce.buyerOf[orderIdx];
      const [dmin, dmax] = DELAY[topic.key] ?? [1, 30];
      receivedMs = orderMs[orderIdx] + rng.range(dmin, dmax) * DAY + rng.int(8 * 3600) * 1000;
    } else {
      contact = rng.int(contacts.length);
      const from = closed ? t.dayOf(contacts[contact].createdMs) : t.days - 21;
      receivedMs = t.workTime(rng, t.sampleDay(rng, 'work', from, t.days - 1), contacts[contact].place.utcOffset);
    }
    const c = contacts[contact];
    const lang: Lang = c.locale;
    const priority = PRIORITY[topic.tone].pick(rng);
    const channel = CHANNEL[lang].pick(rng);

    // Step times, then pull the whole chain back if its current step lies in the future,
    // squeezing it if pulling back would date it before the contact existed.
    const floor = c.createdMs + 600_000;
    const steps = [Math.max(receivedMs, floor)];
    steps.push(steps[0] + (channel === 'phone' ? rng.range(1, 10) * 60_000 : rng.range(1, 90) * 60_000));
    steps.push(steps[1] + Math.round(rng.logNormal(2, 0.8) * HOUR));
    steps.push(steps[2] + Math.round(rng.logNormal(3, 1.0) * HOUR));
    steps.push(steps[3] + Math.round(rng.logNormal(FIX_HOURS[priority], 0.9) * HOUR));
    const reached = ['received', 'recorded', 'assigned', 'in_progress', 'closed'].indexOf(status);
    const latest = t.nowMs - rng.range(5, 300) * 60_000;
    const overshoot = steps[reached] - latest;
    if (overshoot > 0) {
      const first = steps[0];
      const squeeze = first - overshoot < floor ? Math.max(0, latest - floor) / (steps[reached] - first) : 1;
      const start = squeeze < 1 ? floor : first - overshoot;
      for (let s = 0; s < steps.length; s++) steps[s] = start + (steps[s] - first) * squeeze;
    }
    for (let s = 0; s < steps.length; s++) steps[s] = Math.floor(steps[s] / 1000) * 1000;

    let product = durables[rng.int(durables.length)];
    if (orderIdx >= 0) {
      for (let j = lineStart[orderIdx]; j < lineStart[orderIdx + 1]; j++) {
        const p = productIndex.get(lines[j].productId) ?? -1;
        if (p >= 0 && CATALOG[p].durable) product = p;
      }
    }
    const days = topic.key === 'bulk_pricing' ? rng.range(2, 20) * 5 : Math.max(2, Math.round((steps[0] - (orderIdx >= 0 ? orderMs[orderIdx] : steps[0] - 5 * DAY)) / DAY));
    const name = c.locale === 'en' ? c.rec.firstName : contactName(c.rec);
    const text = ticketText(rng, lang, topic, { order: orderIdx >= 0 ? orders[orderIdx].number : 'SO-' + rng.range(10000, 99999), product: CATALOG[product].name, days, name });

    const assignee = reached >= 2 ? team.pick(rng, 'support', c.locale) : null;
    const rec: Ticket = {
      id: id(steps[0]),
      createdAt: iso(steps[0]),
      updatedAt: iso(steps[reached]),
      subject: text.subject,
      body: text.body,
      channel,
      status,
      priority,
      lang,
      category: TOPIC_CATEGORY[topic.key] ?? 'other',
      contactId: c.rec.id,
      receivedAt: iso(steps[0]),
    };
    if (c.company >= 0) rec.companyId = companies[c.company].rec.id;
    if (assignee) rec.assigneeId = assignee.rec.id;
    if (reached >= 1) rec.recordedAt = iso(steps[1]);
    if (reached >= 2) rec.assignedAt = iso(steps[2]);
    if (reached >= 3) rec.processingAt = iso(steps[3]);
    if (closed) {
      rec.closedAt = iso(steps[4]);
      rec.resolution = resolutionText(rng, lang, topic);
      if (rng.chance(0.75)) rec.satisfaction = satisfaction(rng, topic.tone, (steps[4] - steps[0]) / HOUR);
      // Some angry customers came back after the close: counted without drawing from rng, so every other value stays as it was.
      if (topic.tone === 'negative' && k % 7 === 3) rec.reopenCount = 1;
    }
    out.push({ rec, contact, tone: topic.tone, assignee, receivedMs: steps[0], closedMs: closed ? steps[4] : null });
  }
  return out;
}

/** 1..5: starts from the customer's mood and loses points for every day the fix took beyond the first. */
function satisfaction(rng: Rng, tone: Tone, hours: number): number {
  const mood = tone === 'positive' ? 4.7 : tone === 'neutral' ? 4.0 : 3.1;
  const wait = Math.min(2, Math.max(0, (hours - 24) / 48));
  return Math.max(1, Math.min(5, Math.round(mood - wait + 0.6 * rng.normal())));
}
