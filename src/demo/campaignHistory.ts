/**
 * Past and running campaigns as they would have happened: each audience frozen
 * from the orders known at its launch, a hashed control group, touches and
 * responses on the timelines, and the orders the campaign brought in (a real
 * effect for most, none for one), so every campaign screen has content.
 */
import { freezeRun, type CampaignRun } from '../domain/campaigns/audience.ts';
import type { CampaignStep } from '../domain/campaigns/steps.ts';
import type { Activity, Campaign, Order, OrderLine, ResponseKind } from '../domain/entities/index.ts';
import { base, type DemoContext } from './context.ts';
import { toUsd } from './money.ts';
import type { Commerce } from './orders.ts';
import type { ContactMeta } from './people.ts';
import { DAY, HOUR, iso } from './time.ts';

export type Audience = 'lapsed' | 'new' | 'vip' | 'ru' | 'risk';

export interface HistorySpec {
  campaign: Campaign;
  audience: Audience;
  /** Launch times of the runs (one unless periodic). */
  runsAt: number[];
  /** Extra purchase probability for a targeted contact inside the window (0 = no effect). */
  effect: number;
  /** Share of targets already sent the first step (running campaigns part-way through their outbox). */
  sentShare?: number;
  /** Rank the audience by spend and keep deciles (a model chose the targets). */
  scored?: boolean;
  steps?: CampaignStep[];
}

interface Buyer {
  index: number;
  times: number[];
  spend: number[];
  lastOrder: number;
}

const PROB: Partial<Record<ResponseKind, number>> = { opened: 0.38, clicked: 0.11, replied: 0.025, declined: 0.01, optedOut: 0.008 };

export function campaignHistory(ctx: DemoContext, contacts: ContactMeta[], commerce: Commerce, specs: HistorySpec[]): { activities: Activity[]; orders: Order[]; lines: OrderLine[] } {
  const rng = ctx.rng('campaign-history');
  const actId = ctx.ids('campaign-activities');
  const orderId = ctx.ids('campaign-orders');
  const now = ctx.time.nowMs;
  const activities: Activity[] = [];
  const orders: Order[] = [];
  const lines: OrderLine[] = [];

  // Paid orders per buyer, in time order (commerce.orders is sorted by time).
  const buyers: Buyer[] = [];
  const byContact = new Map<number, Buyer>();
  commerce.orders.forEach((o, oi) => {
    if (o.status !== 'paid') return;
    const ci = commerce.buyerOf[oi];
    let b = byContact.get(ci);
    if (!b) byContact.set(ci, (b = { index: ci, times: [], spend: [], lastOrder: oi }));
    b.times.push(Date.parse(o.orderedAt));
    b.spend.push(toUsd(o.total, o.currency));
    b.lastOrder = oi;
  });
  for (const b of byContact.values()) buyers.push(b);
  const before = (b: Buyer, t: number) => {
    let n = 0;
    let spend = 0;
    let last = -Infinity;
    for (let i = 0; i < b.times.length && b.times[i] < t; i++) {
      n++;
      spend += b.spend[i];
      last = b.times[i];
    }
    return { n, spend, last, first: b.times[0] };
  };
  function audience(kind: Audience, t: number): { b: Buyer; score: number }[] {
    const out: { b: Buyer; score: number }[] = [];
    for (const b of buyers) {
      const s = before(b, t);
      if (!s.n) continue;
      const c = contacts[b.index];
      const ok =
        kind === 'lapsed' ? s.n >= 2 && t - s.last > 180 * DAY :
        kind === 'new' ? t - s.first <= 90 * DAY :
        kind === 'vip' ? s.spend >= 20_000 * 100 && s.n >= 6 :
        kind === 'ru' ? c.locale === 'ru' :
        s.n >= 4 && t - s.last > 90 * DAY && t - s.last < 365 * DAY;
      if (ok) out.push({ b, score: s.spend });
    }
    return out.sort((x, y) => x.b.index - y.b.index);
  }

  const seq = new Map<string, number>();
  let linesOf: Map<string, OrderLine[]> | null = null;
  function addOrder(b: Buyer, ms: number): void {
    const last = commerce.orders[b.lastOrder];
    if (!linesOf) {
      linesOf = new Map();
      for (const l of commerce.lines) {
        const xs = linesOf.get(l.orderId);
        if (xs) xs.push(l);
        else linesOf.set(l.orderId, [l]);
      }
    }
    const src = (linesOf.get(last.id) ?? []).slice(0, 2);
    if (!src.length) return;
    const id = orderId(ms);
    const orderedAt = iso(ms);
    const year = orderedAt.slice(0, 4);
    const n = (seq.get(year) ?? 0) + 1;
    seq.set(year, n);
    let total = 0;
    for (const l of src) {
      lines.push({ orderId: id, productId: l.productId, quantity: 1, unitPrice: l.unitPrice });
      total += l.unitPrice;
    }
    const o: Order = { id, number: `SO-${year}-M${String(n).padStart(4, '0')}`, contactId: last.contactId, orderedAt, status: 'paid', channel: 'web', currency: last.currency, total, lineCount: src.length };
    if (last.companyId) o.companyId = last.companyId;
    orders.push(o);
    const s = commerce.customers[b.index];
    if (s) {
      s.lastMs = Math.max(s.lastMs, ms);
      s.spendUsd += toUsd(total, last.currency) / 100;
    }
  }

  function touch(c: Campaign, contact: ContactMeta, ms: number, response: ResponseKind, step?: number, body?: string): void {
    const a: Activity = {
      ...base(actId(ms), ms),
      type: c.channel === 'phone' ? 'call' : c.channel === 'email' ? 'email' : 'message',
      channel: c.channel,
      direction: response === 'sent' ? 'out' : 'in',
      subject: c.name,
      occurredAt: iso(ms),
      contactId: contact.rec.id,
      campaignId: c.id,
      response,
    };
    if (body) a.body = body;
    if (step !== undefined) a.step = step;
    if (contact.company >= 0 && contact.rec.companyId) a.companyId = contact.rec.companyId;
    if (response === 'sent' && c.ownerId) a.ownerId = c.ownerId;
    activities.push(a);
  }

  for (const spec of specs) {
    const c = spec.campaign;
    const runs: CampaignRun[] = [];
    const endMs = c.endAt ? Date.parse(c.endAt) : now;
    spec.runsAt.forEach((at, ri) => {
      const cands = audience(spec.audience, at);
      const run = freezeRun({
        campaignId: c.id,
        at: new Date(at),
        controlShare: c.controlShare,
        candidates: cands.map((x) => (spec.scored ? { id: contacts[x.b.index].rec.id, score: x.score } : { id: contacts[x.b.index].rec.id })),
        pressure: { optedOut: new Set(), lastTouch: new Map(), minGapDays: 0 },
      });
      runs.push(run);
      const targets = new Set(run.target ? run.target.split(' ') : []);
      const runEnd = Math.min(ri + 1 < spec.runsAt.length ? spec.runsAt[ri + 1] : endMs, now);
      // Top-decile customers respond more to a model-chosen offer: that is what the Qini curve shows.
      const byScore = new Map((spec.scored ? [...cands].sort((x, y) => y.score - x.score) : []).map((x, i) => [x.b.index, i]));
      const topShare = (i: number) => (spec.scored ? 1 - (byScore.get(i) ?? 0) / Math.max(1, byScore.size) : 0.5);
      for (const x of cands) {
        const meta = contacts[x.b.index];
        if (!targets.has(meta.rec.id)) continue;
        if (spec.sentShare !== undefined && !rng.chance(spec.sentShare)) continue;
        const sentAt = at + rng.int(8) * HOUR;
        if (sentAt > now) continue;
        touch(c, meta, sentAt, 'sent', 0);
        let engaged = false;
        for (const k of ['opened', 'clicked', 'replied', 'declined', 'optedOut'] as const) {
          if (k === 'clicked' && !engaged) continue;
          if (!rng.chance((PROB[k] ?? 0) * (k === 'clicked' ? 3 : 1))) continue;
          const ms = sentAt + (1 + rng.int(72)) * HOUR;
          if (ms > now) continue;
          touch(c, meta, ms, k);
          if (k === 'opened') engaged = true;
          if (k === 'declined' || k === 'optedOut') break;
        }
        // A second step for those who stayed silent, as the sequence says.
        if (spec.steps && spec.steps.length > 1 && !engaged) {
          const ms = sentAt + spec.steps[1].waitDays * DAY;
          if (ms < runEnd) touch(c, meta, ms, 'sent', 1);
        }
        const p = spec.effect * (spec.scored ? 2 * topShare(x.b.index) : 1);
        const s = commerce.customers[x.b.index];
        if (p > 0 && rng.chance(p) && runEnd > at + DAY) {
          const ms = at + DAY + rng.int(Math.max(1, Math.floor((runEnd - at - DAY) / HOUR))) * HOUR;
          // A churned customer stays churned: their purchase would have to be long ago.
          if (!(s?.churned && now - ms < 130 * DAY)) addOrder(x.b, ms);
        }
      }
    });
    c.runs = runs;
  }
  return { activities, orders, lines };
}
