import { campaignSteps, stepIssues, type CampaignStep, type StepBranch } from '../../../domain/campaigns/steps.ts';
import type { Campaign } from '../../../domain/entities/index.ts';
import { ValidationError } from '../../../domain/validation.ts';

export interface StepForm {
  waitDays: string | number;
  branch: StepBranch;
  en: string;
  ru: string;
  zh: string;
}

/** The campaign form as typed: percentages, dates and major units, converted to the record's units on save. */
export interface CampaignFormValues {
  name: string;
  status: Campaign['status'];
  channel: Campaign['channel'];
  segmentId: string;
  /** A number input: the browser hands back a number, or '' when cleared. */
  controlPct: string | number;
  template: string;
  startDate: string;
  endDate: string;
  budget: string;
  currency: string;
  kind: NonNullable<Campaign['kind']>;
  goal: NonNullable<Campaign['goal']>;
  templateRu: string;
  templateZh: string;
  steps: StepForm[];
  everyDays: string | number;
  targetResponsePct: string | number;
  targetRevenue: string;
}

export function toForm(c: Campaign | undefined): CampaignFormValues {
  return {
    name: c?.name ?? '',
    status: c?.status ?? 'draft',
    channel: c?.channel ?? 'email',
    segmentId: c?.segmentId ?? '',
    controlPct: String(Math.round((c?.controlShare ?? 0.1) * 1000) / 10),
    template: c?.template ?? '',
    startDate: c?.startAt?.slice(0, 10) ?? '',
    endDate: c?.endAt?.slice(0, 10) ?? '',
    budget: c?.budget !== undefined ? String(c.budget / 100) : '',
    currency: c?.currency ?? 'USD',
    kind: c?.kind ?? 'single',
    goal: c?.goal ?? 'purchase',
    templateRu: c?.templates?.ru ?? '',
    templateZh: c?.templates?.zh ?? '',
    steps: c?.kind === 'multi' ? campaignSteps(c).map((st) => ({ waitDays: String(st.waitDays), branch: st.branch, en: st.templates.en ?? '', ru: st.templates.ru ?? '', zh: st.templates.zh ?? '' })) : [newStep(0)],
    everyDays: c?.everyDays !== undefined ? String(c.everyDays) : '30',
    targetResponsePct: c?.targetResponseRate !== undefined ? String(Math.round(c.targetResponseRate * 1000) / 10) : '',
    targetRevenue: c?.targetRevenue !== undefined ? String(c.targetRevenue / 100) : '',
  };
}

export function newStep(i: number): StepForm {
  return { waitDays: i === 0 ? '0' : '3', branch: 'all', en: '', ru: '', zh: '' };
}

/** The record fields; bad numbers pass through as text so the record type's validation can name the field. */
export function fromForm(f: CampaignFormValues): Record<string, unknown> {
  const num = (raw: string | number) => {
    const s = String(raw).trim();
    const n = Number(s.replace(',', '.'));
    return s === '' ? undefined : Number.isFinite(n) ? n : s;
  };
  const pct = num(f.controlPct);
  const budget = num(f.budget);
  const respPct = num(f.targetResponsePct);
  const targetRevenue = num(f.targetRevenue);
  const every = num(f.everyDays);
  const langs = (en: string, ru: string, zh: string) => Object.fromEntries(Object.entries({ en, ru, zh }).filter(([, v]) => v.trim())) as CampaignStep['templates'];
  let steps: CampaignStep[] | undefined;
  if (f.kind === 'multi') {
    steps = f.steps.map((st, i) => ({ waitDays: i === 0 ? 0 : Number(st.waitDays), branch: st.branch, templates: langs(st.en, st.ru, st.zh) }));
    const issues = stepIssues(steps);
    if (issues.length) throw new ValidationError('Campaign', issues.map((x) => ({ field: 'steps', params: { step: x.step, stepIssue: x.code }, message: `step ${x.step} ${x.message}` })));
  }
  return {
    name: f.name,
    status: f.status,
    channel: f.channel,
    segmentId: f.segmentId || undefined,
    controlShare: typeof pct === 'number' ? Math.round(pct * 10) / 1000 : (pct ?? 0),
    startAt: f.startDate ? `${f.startDate}T00:00:00Z` : undefined,
    endAt: f.endDate ? `${f.endDate}T23:59:00Z` : undefined,
    budget: typeof budget === 'number' ? Math.round(budget * 100) : budget,
    currency: budget === undefined && targetRevenue === undefined ? undefined : f.currency,
    kind: f.kind,
    goal: f.goal,
    templates: f.kind === 'multi' ? undefined : langs(f.template, f.templateRu, f.templateZh),
    steps,
    template: f.kind === 'multi' ? (steps?.[0]?.templates.en ?? f.template) : f.template,
    everyDays: f.kind === 'periodic' ? every : undefined,
    targetResponseRate: typeof respPct === 'number' ? Math.round(respPct * 10) / 1000 : respPct,
    targetRevenue: typeof targetRevenue === 'number' ? Math.round(targetRevenue * 100) : targetRevenue,
  };
}
