import type { Campaign } from '../../../domain/entities/index.ts';

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
  };
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
  return {
    name: f.name,
    status: f.status,
    channel: f.channel,
    segmentId: f.segmentId || undefined,
    controlShare: typeof pct === 'number' ? Math.round(pct * 10) / 1000 : (pct ?? 0),
    template: f.template,
    startAt: f.startDate ? `${f.startDate}T00:00:00Z` : undefined,
    endAt: f.endDate ? `${f.endDate}T23:59:00Z` : undefined,
    budget: typeof budget === 'number' ? Math.round(budget * 100) : budget,
    currency: budget === undefined ? undefined : f.currency,
  };
}
