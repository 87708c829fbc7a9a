/**
 * The demo's calendar: three years of days ending at `now`, with the demand
 * shape (trend, season, weekday) precomputed per day so sampling a date costs
 * one binary search instead of rejection sampling.
 */
import type { Rng } from './random.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEARS = 3;

/** Relative demand per calendar month: Q4 peak (holiday buying, year-end budgets), summer dip. */
const SEASON = [0.85, 0.85, 0.95, 0.97, 0.95, 0.82, 0.72, 0.74, 1.0, 1.1, 1.38, 1.52];
/** Orders per weekday, Sunday first: business buyers order on workdays. */
const ORDER_WEEKDAY = [0.55, 1.1, 1.18, 1.12, 1.08, 0.95, 0.62];
/** Team work (calls, meetings) nearly stops at weekends. */
const WORK_WEEKDAY = [0.08, 1.1, 1.15, 1.12, 1.08, 0.95, 0.12];

export type Curve = 'orders' | 'work' | 'growth';

export class Timeline {
  readonly nowMs: number;
  /** UTC midnight three years before now: day 0. */
  readonly startMs: number;
  readonly days: number;
  readonly month: Uint8Array;
  private readonly cums: Record<Curve, Float64Array>;

  constructor(nowIso: string) {
    const now = Date.parse(nowIso);
    if (Number.isNaN(now)) throw new Error(`generateDemo: now is not an ISO time: ${nowIso}`);
    // Whole seconds keep every derived timestamp free of stray milliseconds.
    this.nowMs = Math.floor(now / 1000) * 1000;
    this.startMs = Math.floor((this.nowMs - YEARS * 365.25 * DAY) / DAY) * DAY;
    this.days = Math.floor((this.nowMs - this.startMs) / DAY) + 1;
    this.month = new Uint8Array(this.days);
    const weekday = new Uint8Array(this.days);
    for (let d = 0; d < this.days; d++) {
      const dt = new Date(this.startMs + d * DAY);
      this.month[d] = dt.getUTCMonth();
      weekday[d] = dt.getUTCDay();
    }
    const build = (f: (d: number) => number): Float64Array => {
      const c = new Float64Array(this.days + 1);
      for (let d = 0; d < this.days; d++) c[d + 1] = c[d] + f(d);
      return c;
    };
    this.cums = {
      // The business grows about 2.3x over the three years.
      growth: build((d) => this.growth(d)),
      orders: build((d) => this.growth(d) * SEASON[this.month[d]] * ORDER_WEEKDAY[weekday[d]]),
      work: build((d) => this.growth(d) * WORK_WEEKDAY[weekday[d]]),
    };
  }

  growth(day: number): number {
    return 0.6 + (0.8 * day) / this.days;
  }

  dayOf(ms: number): number {
    return Math.min(this.days - 1, Math.max(0, Math.floor((ms - this.startMs) / DAY)));
  }

  dayStart(day: number): number {
    return this.startMs + day * DAY;
  }

  /** Total weight of a curve over days [from, to]: the expected-count integral. */
  mass(curve: Curve, from: number, to: number): number {
    const c = this.cums[curve];
    return c[Math.min(to, this.days - 1) + 1] - c[Math.max(0, from)];
  }

  /** A day in [from, to] drawn in proportion to the curve. */
  sampleDay(rng: Rng, curve: Curve, from = 0, to = this.days - 1): number {
    const c = this.cums[curve];
    from = Math.max(0, Math.min(from, this.days - 1));
    to = Math.max(from, Math.min(to, this.days - 1));
    const u = c[from] + rng.next() * (c[to + 1] - c[from]);
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid + 1] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A moment during local office hours on `day`, never later than now. */
  workTime(rng: Rng, day: number, utcOffsetHours: number): number {
    // Office traffic peaks late morning and mid-afternoon; 8..19 local.
    const localHour = 8 + Math.min(11, Math.floor((rng.next() + rng.next()) * 6));
    const ms = this.dayStart(day) + (localHour - utcOffsetHours) * HOUR + rng.int(3600) * 1000;
    return this.clamp(ms);
  }

  /** Never after now (so nothing is dated in the future by accident) and never before day 0. */
  clamp(ms: number): number {
    if (ms > this.nowMs) return this.nowMs - 60_000 - Math.floor((ms - this.nowMs) % (6 * HOUR));
    return Math.max(this.startMs, ms);
  }
}

const PAD2: string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayPrefix = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, several times faster: the demo formats a few
 * hundred thousand timestamps, so the date part is cached per day.
 */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = dayPrefix.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefix.set(day, prefix);
  }
  const inDay = ms - day * DAY;
  const sec = Math.floor(inDay / 1000);
  const milli = inDay - sec * 1000;
  const tail = milli === 0 ? '.000Z' : '.' + String(milli).padStart(3, '0') + 'Z';
  return prefix + PAD2[Math.floor(sec / 3600)] + ':' + PAD2[Math.floor(sec / 60) % 60] + ':' + PAD2[sec % 60] + tail;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
