import { command } from '../commands.ts';
import { toReporting } from '../currency.ts';
import type { Deal, Pipeline, TeamMember } from '../entities/index.ts';
import { fieldIssue } from '../fields.ts';
import { ValidationError, type FieldIssue } from '../validation.ts';

/** The key of the target that applies to every month without its own. */
export const EVERY_MONTH = '*';
/** Largest target accepted: 10 billion in major units, far above any team's month, well inside exact integers. */
export const MAX_TARGET = 1_000_000_000_000;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The roles that sell and so can carry a target. */
export const SELLING_ROLES: readonly TeamMember['role'][] = ['sales', 'manager', 'admin'];

/**
 * The target of one member for one month ('YYYY-MM'): that month's own, else
 * the every-month one; undefined when neither is set. Minor units of the
 * reporting currency.
 */
export function targetFor(member: Pick<TeamMember, 'salesTargets'>, month: string): number | undefined {
  return member.salesTargets?.[month] ?? member.salesTargets?.[EVERY_MONTH];
}

/**
 * Sets (or clears, with null) a member's monthly sales target: for one month
 * ('YYYY-MM') or for every month ('*'). Stored on the member, so it syncs
 * with the team; a bad month or amount is named and nothing is written.
 */
export const setSalesTarget = command(['members'], (tx, a: { memberId: string; month: string; amount: number | null }) => {
  const m = tx.get('members', a.memberId);
  if (!m) throw new ValidationError('Team member', [fieldIssue('id', 'noRecord', { id: a.memberId })]);
  const issues: FieldIssue[] = [];
  if (a.month !== EVERY_MONTH && !MONTH.test(a.month)) issues.push(fieldIssue('targetMonth', 'date'));
  if (a.amount !== null && (!Number.isInteger(a.amount) || a.amount < 0 || a.amount > MAX_TARGET))
    issues.push(fieldIssue('salesTarget', 'range', { min: 0, max: MAX_TARGET / 100 }));
  if (issues.length) throw new ValidationError('Team member', issues);
  const targets: Record<string, number> = { ...(m.salesTargets ?? {}) };
  if (a.amount === null) delete targets[a.month];
  else targets[a.month] = a.amount;
  return tx.update('members', a.memberId, { salesTargets: targets });
});

export const targetCommands = {
  'member.setSalesTarget': setSalesTarget,
};

/** One member's month: what was won against the target. */
export interface Attainment {
  memberId: string;
  /** Minor units of the reporting currency; undefined: no target set. */
  target?: number;
  /** Won deal value closed in the period, reporting currency minor units (rounded). */
  won: number;
  wonDeals: number;
  /** won / target; null without a positive target. */
  share: number | null;
}

export interface TeamAttainment {
  rows: Attainment[];
  /** Sums over members with a target, so an untargeted member's wins do not inflate the team's share. */
  target: number;
  wonAgainstTarget: number;
  share: number | null;
}

type WonDeal = Pick<Deal, 'pipelineId' | 'stageId' | 'amount' | 'currency' | 'closedAt' | 'ownerId'>;

/**
 * Attainment for one month: deals in a won stage whose closedAt falls in
 * [from, to) (ISO instants: the month's bounds in the user's zone), summed per
 * owner in the reporting currency, against each member's target for `month`.
 * Members with neither a target nor a win are left out; the rest are ordered
 * by share, then by won value.
 */
export function attainment(
  deals: Iterable<WonDeal>,
  pipelines: Iterable<Pick<Pipeline, 'id' | 'stages'>>,
  members: Iterable<Pick<TeamMember, 'id' | 'name' | 'salesTargets'>>,
  period: { month: string; from: string; to: string },
): TeamAttainment {
  const won = new Set<string>();
  for (const p of pipelines) for (const s of p.stages) if (s.kind === 'won') won.add(`${p.id}\u0000${s.id}`);
  const sums = new Map<string, { value: number; n: number }>();
  for (const d of deals) {
    if (!d.ownerId || !d.closedAt || d.closedAt < period.from || d.closedAt >= period.to) continue;
    if (!won.has(`${d.pipelineId}\u0000${d.stageId}`)) continue;
    const s = sums.get(d.ownerId) ?? { value: 0, n: 0 };
    s.value += toReporting(d.amount, d.currency);
    s.n++;
    sums.set(d.ownerId, s);
  }
  const rows: Attainment[] = [];
  let target = 0;
  let against = 0;
  for (const m of members) {
    const t = targetFor(m, period.month);
    const s = sums.get(m.id);
    if (t === undefined && !s) continue;
    const value = Math.round(s?.value ?? 0);
    rows.push({ memberId: m.id, target: t, won: value, wonDeals: s?.n ?? 0, share: t ? value / t : null });
    if (t !== undefined) {
      target += t;
      against += value;
    }
  }
  rows.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || b.won - a.won || (a.memberId < b.memberId ? -1 : 1));
  return { rows, target, wonAgainstTarget: against, share: target ? against / target : null };
}
