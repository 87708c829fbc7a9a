/**
 * Three years of orders. Each customer buys as a Poisson process shaped by the
 * business's trend, season and weekday; heavy-tailed rates make a few customers
 * buy a lot; some customers churn (stop for good); baskets follow personas,
 * bundles and refills so the mining pages find real structure.
 */
import type { Order, OrderLine, Product } from '../domain/entities/index.ts';
import { CATALOG, CATEGORIES, CATEGORY_WEIGHT, PERSONAS, type Category } from './catalog.ts';
import type { CompanyMeta } from './companies.ts';
import type { DemoContext } from './context.ts';
import { currencyOf, shelfPrice, toUsd } from './money.ts';
import type { ContactMeta } from './people.ts';
import { Weighted, type Rng } from './random.ts';
import { iso } from './time.ts';

export interface CustomerStats {
  orders: number[];
  lastMs: number;
  spendUsd: number;
  churned: boolean;
}

export interface Commerce {
  orders: Order[];
  lines: OrderLine[];
  /** Per contact index: null for contacts who never bought. */
  customers: (CustomerStats | null)[];
  /** Contact index of each order. */
  buyerOf: Int32Array;
}

interface Buyer {
  contact: number;
  start: number;
  end: number;
  churned: boolean;
  /** Already a customer before the CRM existed: their first order here is not their first ever. */
  imported: boolean;
  rate: number;
  persona: number;
  b2b: boolean;
  currency: string;
  utcOffset: number;
}

/**
 * Orders before they are numbered: flat columns, not one object per order, so
 * the 40k drafts and their lines cost no garbage before the real records exist.
 */
class Drafts {
  ms: number[] = [];
  buyer: number[] = [];
  channel: number[] = [];
  lineStart: number[] = [0];
  item: number[] = [];
  qty: number[] = [];
  price: number[] = [];
}

const ORDER_CHANNELS: readonly Order['channel'][] = ['web', 'sales', 'partner', 'marketplace'];

const CURRENCIES = ['USD', 'EUR', 'GBP', 'RUB', 'CNY'];

/** Per category: its items and a popularity sampler. */
function categoryIndex(): Weighted<number>[] {
  return CATEGORIES.map((cat) => {
    const idx: number[] = [];
    const w: number[] = [];
    CATALOG.forEach((it, i) => {
      if (it.category === cat) {
        idx.push(i);
        w.push(it.popularity);
      }
    });
    return new Weighted(idx, w);
  });
}

function personaSamplers(): Weighted<number>[] {
  return PERSONAS.map((p) => new Weighted(CATEGORIES.map((_, i) => i), CATEGORIES.map((c: Category) => CATEGORY_WEIGHT[c] * (p.boost[c] ?? 1))));
}

/** `products` are the records of CATALOG, index for index. */
export function makeOrders(ctx: DemoContext, contacts: ContactMeta[], companies: CompanyMeta[], products: readonly Product[]): Commerce {
  const rng = ctx.rng('orders');
  const t = ctx.time;
  const target = ctx.count(40_000, 50);

  // Who buys, when they start, whether and when they stop.
  const buyers: Buyer[] = [];
  const b2bPersona = new Weighted([0, 1, 2], [0.45, 0.3, 0.25]);
  const b2cPersona = new Weighted([3, 4], [0.65, 0.35]);
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i];
    const co = c.company >= 0 ? companies[c.company] : null;
    const imported = c.rec.source === 'import';
    if (!rng.chance(imported ? 0.85 : co ? 0.6 : 0.5)) continue;
    const start = t.dayOf(c.createdMs) + (imported ? rng.int(20) : rng.int(30));
    if (start >= t.days - 2) continue;
    let end = t.days - 1;
    let churned = false;
    if (start < t.days - 300 && rng.chance(0.3)) {
      churned = true;
      end = Math.min(t.days - 150, start + 45 + Math.floor(rng.next() * (t.days - 150 - start - 45)));
    }
    buyers.push({
      contact: i,
      start,
      end,
      churned,
      imported,
      rate: rng.logNormal(1, 1.0) * (co ? 1 + co.size * 0.35 : 0.6),
      persona: co ? b2bPersona.pick(rng) : b2cPersona.pick(rng),
      b2b: co !== null,
      currency: co ? co.currency : currencyOf(c.place.country),
      utcOffset: c.place.utcOffset,
    });
  }

  // Scale all rates together so the total lands on the target count.
  let raw = 0;
  for (const b of buyers) raw += b.rate * t.mass('orders', b.start, b.end);
  const k = Math.max(0, target - buyers.length) / Math.max(raw, 1e-9);

  const cats = categoryIndex();
  const personas = personaSamplers();
  const prices = CATALOG.map((it) => CURRENCIES.map((cur) => shelfPrice(it.priceUsd, cur)));
  const drafts = new Drafts();
  const scratch: number[] = [];

  for (let bi = 0; bi < buyers.length; bi++) {
    const b = buyers[bi];
    const extra = rng.poisson(k * b.rate * t.mass('orders', b.start, b.end));
    // A new customer orders when they join; an imported one is mid-relationship, so their
    // first order here falls anywhere (else every imported customer orders in the first weeks).
    const days: number[] = [b.imported ? t.sampleDay(rng, 'orders', b.start, b.end) : b.start];
    for (let j = 0; j < extra; j++) days.push(t.sampleDay(rng, 'orders', b.start, b.end));
    days.sort((x, y) => x - y);
    const owned: number[] = [];
    const cur = CURRENCIES.indexOf(b.currency);
    for (const day of days) {
      // Nobody orders before they are in the CRM (the first order can fall on the day they were added).
      const ms = Math.min(t.nowMs, Math.max(t.workTime(rng, day, b.utcOffset), contacts[b.contact].createdMs + 600_000));
      basket(rng, b, day / t.days, t.month[day], owned, cats, personas[b.persona], prices, cur, scratch, drafts);
      drafts.ms.push(ms);
      drafts.buyer.push(bi);
    }
  }

  // Number orders in time order; ties keep generation order so the result is deterministic.
  const n = drafts.ms.length;
  const byTime = Array.from({ length: n }, (_, i) => i).sort((a, b) => drafts.ms[a] - drafts.ms[b] || a - b);

  const id = ctx.ids('orders');
  const orders: Order[] = [];
  const lines: OrderLine[] = [];
  const customers: (CustomerStats | null)[] = contacts.map(() => null);
  const buyerOf = new Int32Array(n);
  const seqByYear = new Map<string, number>();

  for (let oi = 0; oi < n; oi++) {
    const di = byTime[oi];
    const ms = drafts.ms[di];
    const b = buyers[drafts.buyer[di]];
    const c = contacts[b.contact];
    const orderedAt = iso(ms);
    const year = orderedAt.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const r = rng.next();
    const status: Order['status'] = r < 0.02 ? 'refunded' : r < 0.032 ? 'cancelled' : 'paid';
    const oid = id(ms);
    let total = 0;
    const from = drafts.lineStart[di];
    const to = drafts.lineStart[di + 1];
    for (let j = from; j < to; j++) {
      total += drafts.qty[j] * drafts.price[j];
      lines.push({ orderId: oid, productId: products[drafts.item[j]].id, quantity: drafts.qty[j], unitPrice: drafts.price[j] });
    }
    const o: Order = {
      id: oid,
      number: `SO-${year}-${String(seq).padStart(5, '0')}`,
      contactId: c.rec.id,
      orderedAt,
      status,
      channel: ORDER_CHANNELS[drafts.channel[di]],
      currency: b.currency,
      total,
      lineCount: to - from,
    };
    if (c.company >= 0) o.companyId = companies[c.company].rec.id;
    orders.push(o);
    buyerOf[oi] = b.contact;

    let s = customers[b.contact];
    if (!s) customers[b.contact] = s = { orders: [], lastMs: ms, spendUsd: 0, churned: b.churned };
    s.orders.push(oi);
    s.lastMs = ms;
    if (status === 'paid') s.spendUsd += toUsd(total, b.currency) / 100;
  }

  return { orders, lines, customers, buyerOf };
}

function available(item: number, f: number): boolean {
  const it = CATALOG[item];
  return f >= it.from && f < it.until;
}

/** Appends one basket (its lines and channel) to the drafts. */
function basket(
  rng: Rng,
  b: Buyer,
  f: number,
  month: number,
  owned: number[],
  cats: Weighted<number>[],
  persona: Weighted<number>,
  prices: number[][],
  cur: number,
  items: number[],
  out: Drafts,
): void {
  items.length = 0;
  const add = (i: number) => {
    if (!items.includes(i) && available(i, f)) items.push(i);
  };

  // Owners come back for their consumables.
  let refills = 0;
  for (let j = 0; j < owned.length && refills < 2; j++) {
    for (const r of CATALOG[owned[j]].refills) {
      if (rng.chance(0.22)) {
        add(r);
        refills++;
      }
    }
  }

  const want = 1 + rng.poisson(b.b2b ? 1.3 : 0.75);
  for (let guard = 0; items.length < want + refills && guard < 8; guard++) {
    const cat = rng.chance(0.75) ? persona.pick(rng) : rng.int(CATEGORIES.length);
    let item = cats[cat].pick(rng);
    for (let k = 0; k < 4 && !available(item, f); k++) item = cats[cat].pick(rng);
    if (!available(item, f) || items.includes(item)) continue;
    items.push(item);
    for (const cpl of CATALOG[item].complements) if (rng.chance(cpl.p)) add(cpl.item);
  }

  // web, sales, partner, marketplace
  const channel = b.b2b
    ? rng.chance(0.45) ? 1 : rng.chance(0.65) ? 0 : rng.chance(0.75) ? 2 : 3
    : rng.chance(0.7) ? 0 : rng.chance(0.8) ? 3 : 2;
  for (const i of items) {
    const it = CATALOG[i];
    const q = it.durable ? (b.b2b && rng.chance(0.25) ? rng.range(2, 10) : 1) : b.b2b ? rng.range(1, 12) : rng.range(1, 3);
    let discount = 0;
    if (b.b2b && q >= 5) discount += 0.05;
    if (channel === 2) discount += 0.08;
    // November sale: the Q4 peak is partly promotion-driven.
    if (month === 10 && it.durable && channel === 0) discount += 0.1;
    out.item.push(i);
    out.qty.push(q);
    out.price.push(Math.round(prices[i][cur] * (1 - discount)));
    if (it.durable && it.refills.length && !owned.includes(i)) owned.push(i);
  }
  out.channel.push(channel);
  out.lineStart.push(out.item.length);
}
