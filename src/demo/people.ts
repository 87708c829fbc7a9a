/** Contacts: employees of the customer companies plus private buyers, written the way their locale writes names. */
import type { Contact } from '../domain/entities/index.ts';
import type { LeadSource } from '../domain/entities/sources.ts';
import { localePick, pickPlace, type CompanyMeta } from './companies.ts';
import type { DemoContext } from './context.ts';
import { PACKS, type Gender, type Locale, type PersonName, type Place } from './locales/index.ts';
import { Weighted, type Rng } from './random.ts';
import type { MemberMeta, Team } from './team.ts';
import { DAY, iso } from './time.ts';

export interface ContactMeta {
  rec: Contact;
  locale: Locale;
  place: Place;
  /** Index into the companies, or -1 for a private buyer. */
  company: number;
  createdMs: number;
  owner: MemberMeta;
}

/** Bigger companies have more people in the CRM: relative weights by size class. */
const PEOPLE_PER_SIZE = [1, 2, 4, 7, 12];

export const SOURCE_PICK = Weighted.of<LeadSource>([
  ['website', 30],
  ['referral', 15],
  ['event', 10],
  ['ads', 15],
  ['cold', 8],
  ['partner', 8],
  ['social', 14],
]);

/** E-mail local parts vary the way real address books do. */
function localPart(rng: Rng, n: PersonName, locale: Locale): string {
  const f = n.firstLatin;
  const l = n.lastLatin;
  const r = rng.next();
  if (locale === 'zh') return r < 0.6 ? `${l}.${f}` : r < 0.85 ? `${l}${f}` : `${f}.${l}`;
  if (r < 0.55) return `${f}.${l}`;
  if (r < 0.75) return `${f[0]}${l}`;
  if (r < 0.88) return `${f}_${l}`;
  return `${f}${l[0]}`;
}

export class EmailBook {
  private readonly used = new Set<string>();

  make(rng: Rng, n: PersonName, locale: Locale, domain: string, personal: boolean): string {
    let local = localPart(rng, n, locale);
    // Free-mail users pad with digits (birth years, lucky numbers); colleagues share one domain and a counter.
    if (personal && rng.chance(0.5)) local += String(rng.chance(0.5) ? rng.range(1960, 2004) : rng.range(1, 99));
    let email = `${local}@${domain}`;
    for (let k = 2; this.used.has(email); k++) email = `${local}${k}@${domain}`;
    this.used.add(email);
    return email;
  }
}

export function makeContacts(ctx: DemoContext, companies: CompanyMeta[], team: Team, emails: EmailBook): ContactMeta[] {
  const rng = ctx.rng('contacts');
  const id = ctx.ids('contacts');
  const t = ctx.time;
  const n = ctx.count(10_000, 10);
  const atCompanies = Math.max(companies.length, Math.round(n * 0.8));

  // Everyone works somewhere known: one contact per company, the rest by size.
  const companyOf: number[] = companies.map((_, i) => i);
  const bySize = new Weighted(
    companies.map((_, i) => i),
    companies.map((c) => PEOPLE_PER_SIZE[c.size] * (0.5 + rng.next())),
  );
  while (companyOf.length < atCompanies) companyOf.push(bySize.pick(rng));
  while (companyOf.length < n) companyOf.push(-1);

  const out: ContactMeta[] = [];
  for (const ci of companyOf) {
    const co = ci >= 0 ? companies[ci] : null;
    const locale: Locale = co ? co.locale : localePick.pick(rng);
    const pack = PACKS[locale];
    // Colleagues mostly sit in the head office; some in another city.
    const place = co && rng.chance(0.9) ? co.place : pickPlace(rng, locale);
    const gender: Gender = rng.chance(0.5) ? 'm' : 'f';
    const name = pack.personName(rng, gender);

    let createdMs: number;
    let imported: boolean;
    if (co) {
      imported = co.imported && rng.chance(0.7);
      // The first contact arrives with the company; others join over the following year.
      createdMs = imported ? co.createdMs : Math.min(t.nowMs - 3 * DAY, co.createdMs + Math.floor(rng.next() * rng.next() * 400) * DAY);
    } else {
      imported = rng.chance(0.25);
      const day = imported ? rng.int(3) : t.sampleDay(rng, 'growth', 0, t.days - 3);
      createdMs = t.workTime(rng, day, place.utcOffset);
    }

    const at = iso(createdMs);
    const rec: Contact = {
      id: id(createdMs),
      createdAt: at,
      updatedAt: at,
      firstName: name.first,
      lastName: name.last,
    };
    if (rng.chance(0.95)) {
      const personal = !co || rng.chance(0.12);
      const domain = personal ? rng.pick(pack.freeMail(place.country)) : co.domain;
      rec.email = emails.make(rng, name, locale, domain, personal);
    }
    if (rng.chance(0.85)) rec.phone = pack.phone(rng, place, !co || rng.chance(0.6));
    if (co && rng.chance(0.9)) rec.title = rng.pick(pack.titles);
    if (co) rec.companyId = co.rec.id;
    rec.country = place.country;
    rec.city = place.city;
    if (!co && rng.chance(0.7)) rec.address = pack.address(rng, place, 'home');
    rec.locale = locale;
    const owner = co ? co.owner : team.owner(rng, locale);
    rec.ownerId = owner.rec.id;
    rec.source = imported ? 'import' : SOURCE_PICK.pick(rng);
    rec.lifecycle = 'lead';
    out.push({ rec, locale, place, company: ci, createdMs, owner });
  }
  return out;
}
