import { addBusinessDays } from '../tasks/businessDays.ts';
import { inControl, campaignRuns, packIds, type CampaignRun } from '../campaigns/index.ts';
import { command, type CommandTx } from '../commands.ts';
import type { CollectionName } from '../entities/index.ts';
import { evaluateConditions, listensTo, ruleActions } from './evaluate.ts';
import { effectId, firingId } from './ids.ts';
import type { Effect, RuleEvent } from './types.ts';

export type FireResult = { fired: true; firingId: string; effects: Effect[] } | { fired: false; why: 'disabled' | 'already' | 'conditions' | 'trigger' | 'missing' };

const DAY = 86_400_000;
/** Collections an action may set a field of. */
const FIELD_TARGETS = ['contacts', 'companies', 'deals', 'tickets', 'tasks', 'leads'] as const;

/**
 * Fires one rule for one event, at most once: the fired-log record's id is
 * derived from (rule, event) and so are the ids of what the actions create, so
 * a replayed update, a second tab or a second device either sees the log entry
 * and stops, or writes the very same records, which the CRDT merges into one.
 */
export function fireRule(tx: CommandTx, a: { ruleId: string; event: RuleEvent }): FireResult {
  const rule = tx.get('rules', a.ruleId);
  if (!rule) return { fired: false, why: 'missing' };
  if (!rule.enabled) return { fired: false, why: 'disabled' };
  if (!listensTo(rule, a.event)) return { fired: false, why: 'trigger' };
  const atMs = Date.parse(a.event.at) || tx.now.getTime();
  const fid = firingId(rule.id, a.event.id, atMs);
  if (tx.get('ruleFirings', fid)) return { fired: false, why: 'already' };
  const cond = evaluateConditions(rule, a.event);
  if (!cond.ok) return { fired: false, why: 'conditions' };

  const effects: Effect[] = [];
  ruleActions(rule).forEach((act, i) => {
    const id = effectId(fid, i, atMs);
    switch (act.kind) {
      case 'task': {
        const assignee = act.assignee === 'owner' ? a.event.ownerId : act.assignee;
        tx.ensure('tasks', id, {
          title: act.title,
          status: 'open',
          priority: act.priority ?? 'normal',
          dueAt: (act.businessDays ? addBusinessDays(tx.now, act.dueDays ?? 1) : new Date(tx.now.getTime() + (act.dueDays ?? 1) * DAY)).toISOString(),
          assigneeId: assignee,
          contactId: a.event.contactId,
          // A follow-up on a deal opens from the deal.
          ...(a.event.subjectCollection === 'deals' && a.event.subjectId ? { dealId: a.event.subjectId } : {}),
          notes: `${rule.name} (${a.event.id})`,
        });
        effects.push({ kind: 'task', collection: 'tasks', id });
        break;
      }
      case 'addToCampaign': {
        const c = a.event.contactId ? tx.get('campaigns', act.campaignId) : undefined;
        const runs = c && Array.isArray(c.runs) ? (c.runs as CampaignRun[]) : [];
        const frozen = campaignRuns(runs);
        if (!c || !runs.length || !a.event.contactId) break;
        const last = frozen[frozen.length - 1];
        if (last.target.includes(a.event.contactId) || last.control.includes(a.event.contactId)) break;
        const toControl = inControl(a.event.contactId, c.id, c.controlShare);
        const next: CampaignRun = {
          ...runs[runs.length - 1],
          target: packIds(toControl ? last.target : [...last.target, a.event.contactId]),
          control: packIds(toControl ? [...last.control, a.event.contactId] : last.control),
        };
        delete next.deciles;
        tx.update('campaigns', c.id, { runs: [...runs.slice(0, -1), next] });
        effects.push({ kind: 'addToCampaign', collection: 'campaigns', id: c.id, detail: toControl ? 'control' : 'target' });
        break;
      }
      case 'setField': {
        // Orders are immutable facts: a rule sets fields of records only.
        if (!a.event.subjectCollection || !a.event.subjectId || !(FIELD_TARGETS as readonly string[]).includes(a.event.subjectCollection)) break;
        const coll = a.event.subjectCollection as CollectionName;
        if (!tx.get(coll, a.event.subjectId)) break;
        tx.update(coll, a.event.subjectId, { [act.field]: act.value });
        effects.push({ kind: 'setField', collection: coll, id: a.event.subjectId, detail: act.field });
        break;
      }
      case 'notify':
        effects.push({ kind: 'notify', detail: act.message, id: act.to ?? a.event.ownerId });
        break;
    }
  });
  tx.ensure('ruleFirings', fid, {
    ruleId: rule.id,
    eventId: a.event.id,
    trigger: a.event.trigger,
    subjectCollection: a.event.subjectCollection,
    subjectId: a.event.subjectId,
    firedAt: tx.now.toISOString(),
    reason: cond.results,
    effects,
  });
  return { fired: true, firingId: fid, effects };
}

export const ruleCommands = {
  'rules.fire': command(['rules', 'ruleFirings', 'tasks', 'campaigns', 'contacts', 'companies', 'deals', 'tickets', 'leads'], fireRule),
};
