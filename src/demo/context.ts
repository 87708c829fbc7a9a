/** What every generator phase shares: the calendar, the size knob and named random streams. */
import { ulid } from '../domain/ids.ts';
import type { BaseRecord } from '../domain/recordType.ts';
import { Rng } from './random.ts';
import { iso, Timeline } from './time.ts';

export class DemoContext {
  readonly seed: number;
  readonly scale: number;
  readonly time: Timeline;

  constructor(seed: number, now: string, scale: number) {
    if (!Number.isFinite(scale) || scale <= 0) throw new Error(`generateDemo: scale must be > 0, got ${scale}`);
    this.seed = seed;
    this.scale = scale;
    this.time = new Timeline(now);
  }

  /** A full-size target count at this scale. */
  count(full: number, min = 1): number {
    return Math.max(min, Math.round(full * this.scale));
  }

  rng(stream: string): Rng {
    return new Rng(this.seed, stream);
  }

  /** Id maker for one collection: ULIDs time-stamped with the record's creation, from their own stream. */
  ids(collection: string): (ms: number) => string {
    const r = this.rng(`ids:${collection}`);
    return (ms) => ulid(ms, r.next);
  }
}

/** The store-managed fields of a record created at `createdMs` and last touched at `updatedMs`. */
export function base(id: string, createdMs: number, updatedMs = createdMs): BaseRecord {
  return { id, createdAt: iso(createdMs), updatedAt: iso(Math.max(createdMs, updatedMs)) };
}
