import type { Lead } from '../entities/index.ts';

/** One reason a lead scores as it does, in points: the page says which and how much. */
export interface ScoreDriver {
  key: 'source' | 'company' | 'businessEmail' | 'freeEmail' | 'phone' | 'fresh' | 'recent' | 'stale' | 'engaged' | 'qualified';
  /** The source for 'source'. */
  value?: string;
  points: number;
}

export interface LeadScore {
  score: number;
  drivers: ScoreDriver[];
}

/**
 * Source weights from the demo's and most B2B funnels' experience: introductions
 * convert best, cold outreach worst. Kept beside the rule so a reader can see them.
 */
export const SOURCE_POINTS: Readonly<Record<string, number>> = { referral: 20, partner: 15, event: 10, website: 8, social: 4, ads: 2, import: 0, cold: -6 };
const FREE_MAIL = /@(gmail|yahoo|hotmail|outlook|icloud|mail|yandex|list|bk|inbox|rambler|qq|163|126|sina|foxmail)\./i;
const BASE = 30;
const DAY = 86_400_000;

/**
 * An explainable fit score (0-100): a base plus points per signal, each listed as a
 * driver strongest first. Pure, so the list, the detail panel and tests agree.
 */
export function scoreLead(lead: Pick<Lead, 'source' | 'companyName' | 'email' | 'phone' | 'status' | 'createdAt' | 'updatedAt'>, now: Date): LeadScore {
  const drivers: ScoreDriver[] = [];
  if (lead.source && SOURCE_POINTS[lead.source]) drivers.push({ key: 'source', value: lead.source, points: SOURCE_POINTS[lead.source] });
  if (lead.companyName) drivers.push({ key: 'company', points: 10 });
  if (lead.email) drivers.push(FREE_MAIL.test(lead.email) ? { key: 'freeEmail', points: 3 } : { key: 'businessEmail', points: 10 });
  if (lead.phone) drivers.push({ key: 'phone', points: 6 });
  const ageDays = (now.getTime() - Date.parse(lead.createdAt)) / DAY;
  if (ageDays <= 7) drivers.push({ key: 'fresh', points: 10 });
  else if (ageDays <= 30) drivers.push({ key: 'recent', points: 5 });
  else if (ageDays > 180) drivers.push({ key: 'stale', points: -12 });
  if (lead.status === 'contacted') drivers.push({ key: 'engaged', points: 5 });
  if (lead.status === 'qualified' || lead.status === 'converted') drivers.push({ key: 'qualified', points: 15 });
  drivers.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const score = Math.max(0, Math.min(100, BASE + drivers.reduce((s, d) => s + d.points, 0)));
  return { score, drivers };
}
