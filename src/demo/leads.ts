/** Inbound and outbound leads of the last year; converted ones point at the contact they became. */
import { contactName, type Lead, type LeadEvent } from '../domain/entities/index.ts';
import { localePick, pickPlace, type CompanyMeta } from './companies.ts';
import { base, type DemoContext } from './context.ts';
import { PACKS } from './locales/index.ts';
import { SOURCE_PICK, type ContactMeta, type EmailBook } from './people.ts';
import { Weighted } from './random.ts';
import type { Team } from './team.ts';
import { DAY } from './time.ts';

const STATUS = Weighted.of<Lead['status']>([
  ['new', 25],
  ['contacted', 25],
  ['qualified', 20],
  ['disqualified', 15],
  ['converted', 15],
]);
/** How far back a lead in each status was created: new ones are fresh, disqualified ones old. */
const AGE_DAYS: Readonly<Record<Lead['status'], number>> = { new: 30, contacted: 90, qualified: 150, disqualified: 365, converted: 365 };
/** Score ranges by status: the label a lead-scoring model should be able to learn. */
const SCORE: Readonly<Record<Lead['status'], readonly [number, number]>> = { new: [15, 60], contacted: [25, 70], qualified: [55, 95], disqualified: [0, 35], converted: [65, 100] };
const SOURCE_BONUS: Readonly<Partial<Record<string, number>>> = { referral: 10, partner: 6, event: 4, cold: -10, ads: -3 };
const DISQUALIFIED = ['No budget', 'Private use, below minimum order', 'Duplicate of an existing contact', 'Outside our delivery area', 'Student project'];

/** The steps a lead in `status` went through, between its creation and its last change. */
function history(rec: Lead, status: Lead['status']): LeadEvent[] {
  const from = Date.parse(rec.createdAt);
  const to = Date.parse(rec.updatedAt);
  const at = (f: number) => new Date(from + (to - from) * f).toISOString();
  const steps: LeadEvent[] = [{ at: rec.createdAt, status: 'new' }];
  if (status === 'new') return steps;
  steps.push({ at: at(status === 'contacted' ? 1 : 0.3), status: 'contacted', by: rec.ownerId });
  if (status === 'contacted') return steps;
  if (status === 'qualified' || status === 'converted') steps.push({ at: at(status === 'qualified' ? 1 : 0.6), status: 'qualified', by: rec.ownerId });
  if (status === 'disqualified') steps.push({ at: at(1), status, by: rec.ownerId, reason: rec.reason });
  if (status === 'converted') steps.push({ at: at(1), status, by: rec.ownerId });
  return steps;
}

export function makeLeads(ctx: DemoContext, contacts: ContactMeta[], companies: CompanyMeta[], team: Team, emails: EmailBook): Lead[] {
  const rng = ctx.rng('leads');
  const id = ctx.ids('leads');
  const t = ctx.time;
  const n = ctx.count(400, 5);
  const recent = contacts.filter((c) => c.rec.source !== 'import' && c.createdMs > t.nowMs - 365 * DAY);
  const out: Lead[] = [];

  for (let i = 0; i < n; i++) {
    let status = STATUS.pick(rng);
    if (status === 'converted' && recent.length === 0) status = 'qualified';
    const source = SOURCE_PICK.pick(rng);
    const [lo, hi] = SCORE[status];
    const score = Math.max(0, Math.min(100, rng.range(lo, hi) + (SOURCE_BONUS[source] ?? 0)));

    let rec: Lead;
    if (status === 'converted') {
      const c = rng.pick(recent);
      const createdMs = Math.max(t.startMs, c.createdMs - rng.range(1, 30) * DAY);
      rec = { ...base(id(createdMs), createdMs, c.createdMs), name: contactName(c.rec), status, source, score, ownerId: c.owner.rec.id, contactId: c.rec.id };
      if (c.company >= 0) rec.companyName = companies[c.company].rec.name;
      if (c.rec.email) rec.email = c.rec.email;
      if (c.rec.phone) rec.phone = c.rec.phone;
    } else {
      const locale = localePick.pick(rng);
      const pack = PACKS[locale];
      const place = pickPlace(rng, locale);
      const name = pack.personName(rng, rng.chance(0.5) ? 'm' : 'f');
      const createdMs = t.workTime(rng, t.sampleDay(rng, 'work', t.days - AGE_DAYS[status], t.days - 1), place.utcOffset);
      const touched = Math.min(t.nowMs, createdMs + (status === 'new' ? 0 : rng.range(1, 20) * DAY));
      rec = { ...base(id(createdMs), createdMs, touched), name: pack.fullName(name), status, source, score, ownerId: team.owner(rng, locale).rec.id };
      const company = rng.chance(0.7) ? pack.companyName(rng, place) : null;
      if (company) rec.companyName = company.name;
      if (rng.chance(0.9)) rec.email = emails.make(rng, name, locale, company ? `${company.slug}.${pack.tld(rng, place.country)}` : rng.pick(pack.freeMail(place.country)), !company);
      if (rng.chance(0.6)) rec.phone = pack.phone(rng, place, true);
      if (status === 'disqualified') rec.reason = rng.pick(DISQUALIFIED);
    }
    rec.history = history(rec, status);
    out.push(rec);
  }
  return out;
}
