import { inControl } from './split.ts';

/**
 * One run of a campaign: its audience as it was at launch. Ids are stored as one
 * space-separated string per group: a 10,000-contact audience is one Yjs item of
 * about 270 KB rather than 10,000 list items, and history cannot drift when the
 * segment changes later.
 */
export interface CampaignRun {
  /** ISO time of the launch (or of this periodic re-run). */
  at: string;
  /** Contacts who get the messages. */
  target: string;
  /** Contacts held back and measured. */
  control: string;
  /** Optional model score decile 1..10 per contact of target then control, as one digit string ('0' = 10): set when a model chose the audience. */
  deciles?: string;
  /** Contacts left out by contact-pressure rules, with the rule. */
  excluded?: { optedOut: number; frequencyCap: number };
}

export interface FrozenRun {
  at: string;
  target: string[];
  control: string[];
  /** Decile per contact id, when a model chose the audience. */
  decile?: Map<string, number>;
  excluded?: { optedOut: number; frequencyCap: number };
}

export const packIds = (ids: readonly string[]): string => ids.join(' ');
export const unpackIds = (s: string | undefined): string[] => (s ? s.split(' ') : []);

/** The runs of a campaign record, tolerating a missing or malformed field (an older version wrote none). */
export function campaignRuns(runs: unknown): FrozenRun[] {
  if (!Array.isArray(runs)) return [];
  const out: FrozenRun[] = [];
  for (const r of runs as Partial<CampaignRun>[]) {
    if (!r || typeof r.at !== 'string' || typeof r.target !== 'string' || typeof r.control !== 'string') continue;
    const target = unpackIds(r.target);
    const control = unpackIds(r.control);
    const run: FrozenRun = { at: r.at, target, control, excluded: r.excluded };
    if (typeof r.deciles === 'string' && r.deciles.length === target.length + control.length) {
      const decile = new Map<string, number>();
      [...target, ...control].forEach((id, i) => decile.set(id, r.deciles!.charCodeAt(i) === 48 ? 10 : r.deciles!.charCodeAt(i) - 48));
      run.decile = decile;
    }
    out.push(run);
  }
  return out;
}

export interface PressureRules {
  /** Contacts who opted out of marketing (any campaign). */
  optedOut: ReadonlySet<string>;
  /** Last campaign touch per contact on this campaign's channel (ISO). */
  lastTouch: ReadonlyMap<string, string>;
  /** Minimum days between two campaign touches on one channel. */
  minGapDays: number;
}

export interface FreezeInput {
  campaignId: string;
  at: Date;
  controlShare: number;
  /** Audience candidates in a stable order, each with an optional model score (higher = chosen first). */
  candidates: readonly { id: string; score?: number }[];
  pressure: PressureRules;
}

/**
 * Applies contact pressure rules, then splits by the reproducible hash. Pressure
 * comes first and applies to both groups alike, so the control stays comparable.
 */
export function freezeRun(f: FreezeInput): CampaignRun {
  const gapMs = f.pressure.minGapDays * 86_400_000;
  let optedOut = 0;
  let frequencyCap = 0;
  const kept: { id: string; score?: number }[] = [];
  const seen = new Set<string>();
  for (const c of f.candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (f.pressure.optedOut.has(c.id)) {
      optedOut++;
      continue;
    }
    const last = f.pressure.lastTouch.get(c.id);
    if (last && gapMs > 0 && f.at.getTime() - Date.parse(last) < gapMs) {
      frequencyCap++;
      continue;
    }
    kept.push(c);
  }
  const target: string[] = [];
  const control: string[] = [];
  const tScore: (number | undefined)[] = [];
  const cScore: (number | undefined)[] = [];
  for (const c of kept) {
    if (inControl(c.id, f.campaignId, f.controlShare)) {
      control.push(c.id);
      cScore.push(c.score);
    } else {
      target.push(c.id);
      tScore.push(c.score);
    }
  }
  const run: CampaignRun = { at: f.at.toISOString(), target: packIds(target), control: packIds(control), excluded: { optedOut, frequencyCap } };
  const scores = [...tScore, ...cScore];
  if (scores.length && scores.every((s) => typeof s === 'number')) run.deciles = decileString(scores as number[]);
  return run;
}

/** Decile 1 = the highest scores; ties share a decile. */
export function decileString(scores: readonly number[]): string {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  const out = new Array<string>(scores.length);
  let prevScore = NaN;
  let prevDecile = 1;
  order.forEach(([s, i], rank) => {
    const d = s === prevScore ? prevDecile : Math.min(10, Math.floor((rank * 10) / scores.length) + 1);
    prevScore = s;
    prevDecile = d;
    out[i] = d === 10 ? '0' : String(d);
  });
  return out.join('');
}
