/** Customer companies: locale-true names, domains, addresses, and a size that drives how much they buy. */
import { COMPANY_SIZES, type Company } from '../domain/entities/index.ts';
import type { DemoContext } from './context.ts';
import { iso } from './time.ts';
import { LOCALE_SHARE, PACKS, type Locale, type Place } from './locales/index.ts';
import { currencyOf } from './money.ts';
import { Weighted, type Rng } from './random.ts';
import type { MemberMeta, Team } from './team.ts';

export interface CompanyMeta {
  rec: Company;
  locale: Locale;
  place: Place;
  /** Index into COMPANY_SIZES. */
  size: number;
  short: string;
  domain: string;
  currency: string;
  createdMs: number;
  owner: MemberMeta;
  /** Share of the workspace imported from a previous CRM on day one. */
  imported: boolean;
}

const SIZE_SHARE = [0.3, 0.35, 0.2, 0.1, 0.05];
const NOTES = [
  'Prefers quarterly invoicing.',
  'Procurement runs through a framework agreement; quote per lot.',
  'Key contact moves to a new role in spring — introduce the successor.',
  'Asked for net-60 payment terms.',
  'Budget cycle starts in October.',
];

export const localePick = new Weighted(
  LOCALE_SHARE.map((l) => l[0]),
  LOCALE_SHARE.map((l) => l[1]),
);

const placePickers = new Map<Locale, Weighted<Place>>();
export function pickPlace(rng: Rng, locale: Locale): Place {
  let w = placePickers.get(locale);
  if (!w) {
    const places = PACKS[locale].places;
    w = new Weighted(places, places.map((p) => p.weight));
    placePickers.set(locale, w);
  }
  return w.pick(rng);
}

export function makeCompanies(ctx: DemoContext, team: Team): CompanyMeta[] {
  const rng = ctx.rng('companies');
  const id = ctx.ids('companies');
  const t = ctx.time;
  const n = ctx.count(2000, 5);
  const names = new Set<string>();
  const domains = new Set<string>();
  const sizePick = new Weighted([0, 1, 2, 3, 4], SIZE_SHARE);
  const out: CompanyMeta[] = [];

  for (let i = 0; i < n; i++) {
    const locale = localePick.pick(rng);
    const pack = PACKS[locale];
    const place = pickPlace(rng, locale);
    let cn = pack.companyName(rng, place);
    // Retry a few times for a fresh name; then a city qualifier keeps names unique.
    for (let k = 0; k < 8 && names.has(cn.name); k++) cn = pack.companyName(rng, place);
    if (names.has(cn.name)) cn = { ...cn, name: `${cn.name} (${place.city})`, slug: `${cn.slug}-${place.cityLatin.toLowerCase().replace(/[^a-z]/g, '')}` };
    names.add(cn.name);
    let domain = `${cn.slug}.${pack.tld(rng, place.country)}`;
    for (let k = 2; domains.has(domain); k++) domain = `${cn.slug}${k}.${pack.tld(rng, place.country)}`;
    domains.add(domain);

    const size = sizePick.pick(rng);
    const imported = rng.chance(0.3);
    // New accounts arrive faster as the business grows; none in the last fortnight so they have history.
    const day = imported ? rng.int(3) : t.sampleDay(rng, 'growth', 0, t.days - 15);
    const createdMs = t.workTime(rng, day, place.utcOffset);
    const owner = team.owner(rng, locale);

    const at = iso(createdMs);
    const rec: Company = {
      id: id(createdMs),
      createdAt: at,
      updatedAt: at,
      name: cn.name,
      domain,
      industry: cn.industry,
      size: COMPANY_SIZES[size],
      country: place.country,
      city: place.city,
      address: pack.address(rng, place, 'office'),
      phone: pack.phone(rng, place, false),
      website: `https://www.${domain}`,
      ownerId: owner.rec.id,
    };
    const tags: string[] = [];
    if (size >= 3 && rng.chance(0.5)) tags.push('key account');
    if (rng.chance(0.06)) tags.push('reseller');
    if (rng.chance(0.04)) tags.push('partner');
    if (tags.length) rec.tags = tags;
    if (rng.chance(0.08)) rec.notes = rng.pick(NOTES);
    out.push({ rec, locale, place, size, short: cn.short, domain, currency: currencyOf(place.country), createdMs, owner, imported });
  }
  return out;
}

