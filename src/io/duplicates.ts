import { emailKey, nameKey, similarity } from '../domain/similarity.ts';
import { phoneKey } from '../domain/phones.ts';

export type DuplicateReason = 'email' | 'phone' | 'name' | 'similarName' | 'domain';

/** Two live records that look like one: `a` is the older (the default survivor). */
export interface DuplicatePair {
  a: string;
  b: string;
  /** 0..1: how sure, from the strongest evidence and what else agrees. */
  score: number;
  reasons: DuplicateReason[];
}

export interface PairRecord {
  id: string;
  createdAt?: string;
  firstName?: string;
  lastName?: string;
  name?: string;
  email?: string;
  phone?: string;
  country?: string;
  domain?: string;
  website?: string;
  deletedAt?: string;
}

/** What each kind of evidence is worth alone; several agree -> 1 - Π(1 - w). */
const WEIGHT: Record<DuplicateReason, number> = { email: 0.95, phone: 0.85, domain: 0.8, name: 0.6, similarName: 0.45 };
/** A name shared by more records than this is a common name, not evidence (ten John Smiths are not one person). */
const COMMON_NAME = 4;
/** Names closer than this (1 - edit distance / length) count as the same name mistyped. */
const SIMILAR = 0.86;

function domainKey(r: PairRecord): string {
  const d = (r.domain || r.website || '').trim().toLowerCase();
  return d.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
}

function recordName(r: PairRecord): string {
  return r.name !== undefined ? nameKey(r.name) : nameKey(r.firstName, r.lastName);
}

/**
 * Candidate pairs of duplicates among live records, best first: the same
 * e-mail in any case, the same phone once in E.164, the same website domain,
 * the same name in any script or width (Иванов Иван = Ivan Ivanov, Ｌｉ = Li),
 * or nearly the same name. Records are grouped by each key first, so the
 * work grows with the records, not their square.
 */
export function findDuplicatePairs(records: readonly PairRecord[], limit = 500): DuplicatePair[] {
  const live = records.filter((r) => r.id && !r.deletedAt);
  const pairs = new Map<string, { a: PairRecord; b: PairRecord; reasons: Set<DuplicateReason> }>();
  const add = (x: PairRecord, y: PairRecord, why: DuplicateReason) => {
    const [a, b] = (x.createdAt ?? '') + x.id <= (y.createdAt ?? '') + y.id ? [x, y] : [y, x];
    const k = `${a.id}|${b.id}`;
    let p = pairs.get(k);
    if (!p) pairs.set(k, (p = { a, b, reasons: new Set() }));
    p.reasons.add(why);
  };
  const group = (why: DuplicateReason, key: (r: PairRecord) => string, max = Infinity) => {
    const by = new Map<string, PairRecord[]>();
    for (const r of live) {
      const k = key(r);
      if (!k) continue;
      const list = by.get(k);
      if (list) list.push(r);
      else by.set(k, [r]);
    }
    for (const list of by.values()) {
      if (list.length < 2 || list.length > max) continue;
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) add(list[i], list[j], why);
    }
    return by;
  };
  group('email', (r) => emailKey(r.email));
  group('phone', (r) => phoneKey(r.phone, r.country));
  group('domain', domainKey);
  const names = group('name', recordName, COMMON_NAME);

  // Nearly the same name: compare only names that share their first two letters and differ little in length.
  const blocks = new Map<string, string[]>();
  for (const k of names.keys()) {
    const b = k.slice(0, 2);
    const list = blocks.get(b);
    if (list) list.push(k);
    else blocks.set(b, [k]);
  }
  for (const keys of blocks.values()) {
    if (keys.length > 2000) continue;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [x, y] = [keys[i], keys[j]];
        if (Math.abs(x.length - y.length) > 2 || x.length < 5 || similarity(x, y) < SIMILAR) continue;
        const xs = names.get(x)!;
        const ys = names.get(y)!;
        if (xs.length * ys.length > COMMON_NAME) continue;
        for (const p of xs) for (const q of ys) add(p, q, 'similarName');
      }
  }

  const out: DuplicatePair[] = [];
  for (const { a, b, reasons } of pairs.values()) {
    const list = [...reasons].sort((x, y) => WEIGHT[y] - WEIGHT[x]);
    const score = 1 - list.reduce((s, r) => s * (1 - WEIGHT[r]), 1);
    out.push({ a: a.id, b: b.id, score: Math.round(score * 1000) / 1000, reasons: list });
  }
  out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  return out.slice(0, limit);
}
