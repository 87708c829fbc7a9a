import { campaignRuns, type FrozenRun } from '../../domain/campaigns/audience.ts';
import { toReporting } from '../../domain/currency.ts';
import type { Activity, Campaign, Order } from '../../domain/entities/index.ts';
import { conversionUplift, type ConversionUplift } from '../uplift.ts';

const DAY = 86_400_000;
export type MeasureOrder = Pick<Order, 'contactId' | 'orderedAt' | 'status' | 'total' | 'currency'>;
export type MeasureActivity = Pick<Activity, 'contactId' | 'response' | 'occurredAt'>;

export interface ArmFigures {
  /** Contact-runs in the group (a periodic campaign counts a contact once per run). */
  n: number;
  /** Responded in any way (opened, clicked, replied, converted); the control gets no message, so only its conversions count. */
  responded: number;
  /** Bought in the window (a paid order, or a recorded conversion). */
  converted: number;
  orders: number;
  /** Reporting-currency minor units. */
  revenue: number;
  /** Bought in the equally long window before the launch. */
  convertedBefore: number;
  revenueBefore: number;
  /** Occasional buyers (exactly one order in the 12 months before launch) and how many bought again in the window. */
  occasional: number;
  becameRegular: number;
}

export interface Effectiveness {
  /** Whether there is a frozen audience to measure at all. */
  measurable: boolean;
  /** The window: launch (first run) to the end date or now. */
  from?: string;
  to?: string;
  /** The window is still open: the figures are so far. */
  ongoing: boolean;
  target: ArmFigures;
  control: ArmFigures;
  /** Purchase uplift, target against control. */
  purchase?: ConversionUplift;
  /** Occasional -> regular uplift, when the campaign's goal is that. */
  regular?: ConversionUplift;
  /** Revenue per contact, target minus control, times target size: what the campaign added. */
  incrementalRevenue: number;
  /** incrementalRevenue / budget (both reporting currency), when there is a budget. */
  returnOnBudget?: number;
  budget?: number;
  /** Progress against the targets set at creation. */
  targets: { responseRate?: { goal: number; actual: number }; revenue?: { goal: number; actual: number } };
  /** Uplift by model score decile and the Qini curve, when a model chose the audience. */
  deciles?: { decile: number; nT: number; cT: number; nC: number; cC: number; uplift: number }[];
  qini?: { x: number; y: number; random: number }[];
}

const emptyArm = (): ArmFigures => ({ n: 0, responded: 0, converted: 0, orders: 0, revenue: 0, convertedBefore: 0, revenueBefore: 0, occasional: 0, becameRegular: 0 });

interface Outcome {
  converted: boolean;
  decile?: number;
}

/**
 * Target against control over the campaign window. An order from a targeted
 * or control contact inside a run's window is a conversion attributed to the
 * campaign; a recorded 'converted' response counts too. Each run of a periodic
 * campaign is measured over its own window (until the next run).
 */
export function measureCampaign(
  c: Pick<Campaign, 'id' | 'runs' | 'endAt' | 'budget' | 'currency' | 'targetResponseRate' | 'targetRevenue' | 'goal'>,
  orders: readonly MeasureOrder[],
  activities: readonly MeasureActivity[],
  nowMs: number,
): Effectiveness {
  const runs = campaignRuns(c.runs);
  const target = emptyArm();
  const control = emptyArm();
  const base: Effectiveness = { measurable: runs.length > 0, ongoing: false, target, control, incrementalRevenue: 0, targets: {} };
  if (!runs.length) return base;

  const ordersBy = new Map<string, MeasureOrder[]>();
  for (const o of orders) {
    if (o.status !== 'paid') continue;
    const l = ordersBy.get(o.contactId);
    if (l) l.push(o);
    else ordersBy.set(o.contactId, [o]);
  }
  const actsBy = new Map<string, MeasureActivity[]>();
  for (const a of activities) {
    if (!a.contactId || !a.response || a.response === 'sent') continue;
    const l = actsBy.get(a.contactId);
    if (l) l.push(a);
    else actsBy.set(a.contactId, [a]);
  }
  const endMs = c.endAt ? Date.parse(c.endAt) : nowMs;
  const tOut: Outcome[] = [];
  const cOut: Outcome[] = [];

  runs.forEach((run: FrozenRun, i) => {
    const from = Date.parse(run.at);
    const to = Math.min(i + 1 < runs.length ? Date.parse(runs[i + 1].at) : endMs, nowMs);
    const len = Math.max(DAY, to - from);
    const measure = (ids: string[], arm: ArmFigures, out: Outcome[], isTarget: boolean) => {
      for (const id of ids) {
        arm.n++;
        let bought = false;
        let before = false;
        let prior12 = 0;
        for (const o of ordersBy.get(id) ?? []) {
          const t = Date.parse(o.orderedAt);
          const v = toReporting(o.total, o.currency);
          if (t >= from && t < to) {
            bought = true;
            arm.orders++;
            arm.revenue += v;
          } else if (t >= from - len && t < from) {
            before = true;
            arm.revenueBefore += v;
          }
          if (t >= from - 365 * DAY && t < from) prior12++;
        }
        let responded = false;
        for (const a of actsBy.get(id) ?? []) {
          const t = Date.parse(a.occurredAt);
          if (t < from || t >= to + 30 * DAY) continue;
          if (a.response === 'converted') bought = true;
          if (isTarget && a.response !== 'declined' && a.response !== 'optedOut') responded = true;
        }
        if (bought) arm.converted++;
        if (responded || (bought && isTarget)) arm.responded++;
        if (before) arm.convertedBefore++;
        if (prior12 === 1) {
          arm.occasional++;
          if (bought) arm.becameRegular++;
        }
        out.push({ converted: bought, decile: run.decile?.get(id) });
      }
    };
    measure(run.target, target, tOut, true);
    measure(run.control, control, cOut, false);
  });

  const first = Date.parse(runs[0].at);
  const out: Effectiveness = { ...base, from: new Date(first).toISOString(), to: new Date(Math.min(endMs, nowMs)).toISOString(), ongoing: endMs > nowMs };
  if (target.n && control.n) {
    out.purchase = conversionUplift({ n: target.n, conversions: target.converted }, { n: control.n, conversions: control.converted });
    out.incrementalRevenue = (target.revenue / target.n - control.revenue / control.n) * target.n;
    if (c.goal === 'occasionalToRegular' && target.occasional && control.occasional)
      out.regular = conversionUplift({ n: target.occasional, conversions: target.becameRegular }, { n: control.occasional, conversions: control.becameRegular });
  }
  if (c.budget) {
    out.budget = toReporting(c.budget, c.currency ?? 'USD');
    if (out.purchase) out.returnOnBudget = out.incrementalRevenue / out.budget;
  }
  if (c.targetResponseRate !== undefined && target.n) out.targets.responseRate = { goal: c.targetResponseRate, actual: target.responded / target.n };
  if (c.targetRevenue !== undefined) out.targets.revenue = { goal: toReporting(c.targetRevenue, c.currency ?? 'USD'), actual: target.revenue };

  if (runs.some((r) => r.decile) && control.n) {
    const d = Array.from({ length: 10 }, (_, i) => ({ decile: i + 1, nT: 0, cT: 0, nC: 0, cC: 0, uplift: 0 }));
    for (const o of tOut) if (o.decile) {
      d[o.decile - 1].nT++;
      if (o.converted) d[o.decile - 1].cT++;
    }
    for (const o of cOut) if (o.decile) {
      d[o.decile - 1].nC++;
      if (o.converted) d[o.decile - 1].cC++;
    }
    for (const x of d) x.uplift = x.nT && x.nC ? x.cT / x.nT - x.cC / x.nC : 0;
    out.deciles = d;
    out.qini = qiniCurve(tOut, cOut);
  }
  return out;
}

/**
 * Qini curve over deciles: targeting the top k deciles by score, the
 * incremental conversions Y_T(k) - Y_C(k) * N_T(k) / N_C(k); `random` is the
 * diagonal a random choice of the same share would give.
 */
export function qiniCurve(t: readonly Outcome[], c: readonly Outcome[]): { x: number; y: number; random: number }[] {
  const pts = [{ x: 0, y: 0, random: 0 }];
  let nT = 0, yT = 0, nC = 0, yC = 0;
  const totalT = t.length;
  const overall = (() => {
    const a = t.filter((o) => o.converted).length;
    const b = c.filter((o) => o.converted).length;
    return c.length ? a - (b * t.length) / c.length : a;
  })();
  for (let k = 1; k <= 10; k++) {
    for (const o of t) if (o.decile === k) {
        nT++;
        if (o.converted) yT++;
      }
    for (const o of c) if (o.decile === k) {
        nC++;
        if (o.converted) yC++;
      }
    pts.push({ x: totalT ? nT / totalT : 0, y: nC ? yT - (yC * nT) / nC : yT, random: totalT ? (overall * nT) / totalT : 0 });
  }
  return pts;
}
