import type { Activity, Campaign } from '../entities/index.ts';

export type StepLocale = 'en' | 'ru' | 'zh';
/** Who a step goes to: everyone still in the sequence, those who responded to an earlier touch, or those who did not. */
export const STEP_BRANCHES = ['all', 'responded', 'silent'] as const;
export type StepBranch = (typeof STEP_BRANCHES)[number];

export interface CampaignStep {
  /** Days after the previous step (0 for the first). */
  waitDays: number;
  branch: StepBranch;
  /** Message per language; `en` (or the campaign template) is the fallback. */
  templates: Partial<Record<StepLocale, string>>;
}

/** Responses that mean the contact engaged (opened alone does not count: mail clients pre-fetch). */
export const ENGAGED = new Set<Activity['response']>(['clicked', 'replied', 'converted']);
/** Responses that end the sequence for a contact. */
export const STOPS = new Set<Activity['response']>(['declined', 'optedOut', 'converted']);

/** The steps of a campaign: multi-step campaigns carry their own, the others one step with the campaign's templates. */
export function campaignSteps(c: Pick<Campaign, 'kind' | 'steps' | 'template' | 'templates'>): CampaignStep[] {
  if (c.kind === 'multi' && Array.isArray(c.steps) && c.steps.length) {
    return (c.steps as Partial<CampaignStep>[]).map((s, i) => ({
      waitDays: i === 0 ? 0 : Math.max(0, Math.round(Number(s?.waitDays) || 0)),
      branch: STEP_BRANCHES.includes(s?.branch as StepBranch) ? (s!.branch as StepBranch) : 'all',
      templates: (s?.templates && typeof s.templates === 'object' ? s.templates : {}) as CampaignStep['templates'],
    }));
  }
  return [{ waitDays: 0, branch: 'all', templates: { ...(c.templates ?? {}), ...(c.template && !c.templates?.en ? { en: c.template } : {}) } }];
}

/** Checks steps as typed in the form; messages name the step (1-based) and what is wrong. */
/** Why a step was refused, as a code the UI translates (`camp.stepIssue.<code>`). */
export type StepIssueCode = 'noMessage' | 'waitDays' | 'firstToAll';

export function stepIssues(steps: readonly CampaignStep[]): { step: number; code: StepIssueCode; message: string }[] {
  const issues: { step: number; code: StepIssueCode; message: string }[] = [];
  steps.forEach((s, i) => {
    if (!Object.values(s.templates).some((t) => t && t.trim())) issues.push({ step: i + 1, code: 'noMessage', message: 'has no message in any language' });
    if (i > 0 && !(s.waitDays >= 1)) issues.push({ step: i + 1, code: 'waitDays', message: 'must wait at least 1 day after the previous step' });
    if (i === 0 && s.branch !== 'all') issues.push({ step: 1, code: 'firstToAll', message: 'the first step goes to everyone' });
  });
  return issues;
}

/** The template for a contact's language, falling back to English, then any version. */
export function templateFor(step: CampaignStep, locale: string | undefined, fallback = ''): string {
  const t = step.templates;
  return (locale && t[locale as StepLocale]?.trim() ? t[locale as StepLocale] : undefined) ?? (t.en?.trim() ? t.en : undefined) ?? Object.values(t).find((v) => v?.trim()) ?? fallback;
}

export interface ContactHistory {
  /** Step index -> ISO time the touch went out. */
  sent: Map<number, string>;
  responses: Set<NonNullable<Activity['response']>>;
}

/** Touches and responses of one campaign, per contact. */
export function historyByContact(activities: readonly Pick<Activity, 'contactId' | 'response' | 'step' | 'occurredAt'>[]): Map<string, ContactHistory> {
  const out = new Map<string, ContactHistory>();
  for (const a of activities) {
    if (!a.contactId || !a.response) continue;
    let h = out.get(a.contactId);
    if (!h) out.set(a.contactId, (h = { sent: new Map(), responses: new Set() }));
    if (a.response === 'sent') {
      const prev = h.sent.get(a.step ?? 0);
      if (!prev || a.occurredAt < prev) h.sent.set(a.step ?? 0, a.occurredAt);
    } else h.responses.add(a.response);
  }
  return out;
}

/**
 * The next step due for a target contact at `now`, or null: the first unsent
 * step whose wait since the previous touch has passed and whose branch matches
 * how the contact responded so far. A step whose branch does not match is
 * skipped (the contact goes on to the next one).
 */
export function nextStep(steps: readonly CampaignStep[], h: ContactHistory | undefined, launchedAt: string, now: Date): number | null {
  if (h && [...h.responses].some((r) => STOPS.has(r))) return null;
  let prevAt = launchedAt;
  for (let i = 0; i < steps.length; i++) {
    const sentAt = h?.sent.get(i);
    if (sentAt) {
      prevAt = sentAt;
      continue;
    }
    const dueMs = Date.parse(prevAt) + steps[i].waitDays * 86_400_000;
    if (dueMs > now.getTime()) return null;
    const engaged = !!h && [...h.responses].some((r) => ENGAGED.has(r) || r === 'opened');
    if (steps[i].branch === 'responded' && !engaged) continue;
    if (steps[i].branch === 'silent' && engaged) continue;
    return i;
  }
  return null;
}
