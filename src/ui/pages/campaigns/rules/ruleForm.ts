import type { RuleTrigger } from '../../../../domain/entities/index.ts';
import type { ConditionOp, RuleAction } from '../../../../domain/rules/types.ts';

/** Triggers the rule engine evaluates (see src/workers/rules/engine.ts): all of them. */
export const OFFERED_TRIGGERS: readonly RuleTrigger[] = ['negativeSentiment', 'ticketOpened', 'orderPlaced', 'churnRisk', 'segmentEntered', 'recordCreated', 'recordChanged', 'dealIdle', 'ticketWaiting', 'birthday'];
/** Facts a condition may test, with the unit the value is typed in, or the enum whose labels name its values. */
export const FACTS: readonly { field: string; unit?: 'money'; labels?: string }[] = [
  { field: 'profile.monetary', unit: 'money' }, { field: 'profile.frequency' }, { field: 'profile.churnRisk' }, { field: 'profile.recencyDays' },
  { field: 'sentiment' }, { field: 'record.priority', labels: 'priority' }, { field: 'record.channel', labels: 'channel' }, { field: 'contact.lifecycle', labels: 'lifecycle' },
  { field: 'contact.locale', labels: 'locale' }, { field: 'record.value', unit: 'money' }, { field: 'record.total', unit: 'money' },
];
export const RECORD_COLLECTIONS = ['contacts', 'companies', 'deals', 'tickets', 'tasks', 'leads'] as const;

export interface ConditionForm {
  field: string;
  op: ConditionOp;
  value: string;
}
export type ActionForm = { kind: RuleAction['kind']; title: string; assignee: string; dueDays: string; campaignId: string; field: string; value: string; message: string };

export const newCondition = (): ConditionForm => ({ field: 'profile.monetary', op: '>=', value: '' });
export const newAction = (): ActionForm => ({ kind: 'task', title: '', assignee: 'owner', dueDays: '1', campaignId: '', field: '', value: '', message: '' });

/** Condition values as stored: money typed in major units becomes minor units; numbers become numbers. */
export function conditionValue(c: ConditionForm): unknown {
  const unit = FACTS.find((f) => f.field === c.field)?.unit;
  const n = Number(c.value.replace(',', '.'));
  if (c.value.trim() !== '' && Number.isFinite(n) && c.op !== 'contains' && c.op !== 'in') return unit === 'money' ? Math.round(n * 100) : n;
  if (c.op === 'in') return c.value.split(',').map((x) => x.trim()).filter(Boolean);
  return c.value.trim();
}

export function actionValue(a: ActionForm): RuleAction {
  switch (a.kind) {
    case 'task':
      return { kind: 'task', title: a.title.trim(), assignee: a.assignee || 'owner', dueDays: Math.max(0, Number(a.dueDays) || 0), priority: 'high' };
    case 'addToCampaign':
      return { kind: 'addToCampaign', campaignId: a.campaignId };
    case 'setField':
      return { kind: 'setField', field: a.field.trim(), value: a.value };
    case 'notify':
      return { kind: 'notify', message: a.message.trim(), to: a.assignee === 'owner' ? undefined : a.assignee };
  }
}

export type FormIssue = { why: 'taskTitle' | 'campaign' | 'field' | 'message' | 'noAction' | 'threshold' | 'segment' | 'days'; n?: number };

/** What is wrong with the trigger's setting and the actions (1-based), before anything is saved. */
export function formIssues(trigger: RuleTrigger, setting: { days: string; threshold: string; segmentId: string }, actions: readonly ActionForm[]): FormIssue[] {
  const out: FormIssue[] = [];
  const num = (s: string) => Number(s.replace(',', '.'));
  if ((trigger === 'dealIdle' || trigger === 'ticketWaiting') && !(num(setting.days) >= 1)) out.push({ why: 'days' });
  if (trigger === 'churnRisk' && !(num(setting.threshold) >= 1 && num(setting.threshold) <= 99)) out.push({ why: 'threshold' });
  if (trigger === 'segmentEntered' && !setting.segmentId) out.push({ why: 'segment' });
  actions.forEach((a, i) => {
    if (a.kind === 'task' && !a.title.trim()) out.push({ why: 'taskTitle', n: i + 1 });
    if (a.kind === 'addToCampaign' && !a.campaignId) out.push({ why: 'campaign', n: i + 1 });
    if (a.kind === 'setField' && !a.field.trim()) out.push({ why: 'field', n: i + 1 });
    if (a.kind === 'notify' && !a.message.trim()) out.push({ why: 'message', n: i + 1 });
  });
  if (!actions.length) out.push({ why: 'noAction' });
  return out;
}
