import * as Comlink from 'comlink';
import { measureCampaign, type Effectiveness } from '../analytics/campaigns/effectiveness.ts';
import { allProfiles, mergeProfiles, type MergeProfile } from '../analytics/campaigns/profileSource.ts';
import { campaignRuns, campaignSteps, historyByContact, nextStep, templateFor, type ProfileMerge } from '../domain/campaigns/index.ts';
import { contactCard, contactName, type Campaign, type ContactCard } from '../domain/entities/index.ts';
import { TIER_NAMES, tierOf } from '../domain/loyalty/tiers.ts';
import { segmentMembers } from '../domain/segments/rule.ts';
import { KithDB } from '../store/schema.ts';
import { planContacts, type ContactPlan } from '../analytics/campaigns/optimise.ts';
import { loyaltyOverview, type LoyaltyOverview } from '../analytics/campaigns/loyalty.ts';

export type TargetModel = 'churnRisk' | 'leadScore' | 'monetary';

/** Who a launch would reach, or why no one can be chosen (a reason the page words in its language). */
export type Candidates = { ok: true; candidates: { id: string; score?: number }[] } | { ok: false; why: 'segmentGone' | 'segmentInvalid'; detail?: string };

export interface OutboxItem {
  contact: ContactCard;
  companyName?: string;
  step: number;
  template: string;
  /** Merge values from the profile, already in the recipient's language. */
  profile: ProfileMerge;
}

export interface CampaignsWorkerApi {
  /** Who a launch would reach: the segment's members now (leads and prospects for a prospect campaign), optionally ranked and cut by a model. */
  candidates(dbName: string, campaignId: string, nowMs: number, model?: TargetModel, topShare?: number): Promise<Candidates>;
  effectiveness(dbName: string, campaignId: string, nowMs: number): Promise<Effectiveness>;
  /** Messages due now: the next step for each target contact, with merge values. */
  outbox(dbName: string, campaignId: string, nowMs: number, limit?: number, query?: string): Promise<{ due: OutboxItem[]; total: number }>;
  /** Ids and emails of a campaign's frozen audience, for matching an imported response file. */
  audienceLookup(dbName: string, campaignId: string): Promise<{ ids: string[]; emails: [string, string][] }>;
  plan(dbName: string, nowMs: number): Promise<ContactPlan>;
  loyalty(dbName: string, nowMs: number): Promise<LoyaltyOverview>;
}

const dbs = new Map<string, KithDB>();
function open(name: string): KithDB {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = new KithDB(name)));
  return db;
}

async function campaign(db: KithDB, id: string): Promise<Campaign> {
  const c = await db.rows('campaigns').get(id);
  if (!c) throw new Error(`no campaign ${id}`);
  return c;
}

function formatOrder(o: MergeProfile['lastOrder'], locale: 'en' | 'ru' | 'zh'): string | undefined {
  if (!o) return undefined;
  const intl = { en: 'en-GB', ru: 'ru-RU', zh: 'zh-CN' }[locale];
  const date = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(o.orderedAt));
  const total = new Intl.NumberFormat(intl, { style: 'currency', currency: o.currency }).format(o.total / 100);
  return `№ ${o.number}, ${date}, ${total}`;
}

const api: CampaignsWorkerApi = {
  async candidates(dbName, campaignId, nowMs, model, topShare) {
    const db = open(dbName);
    const c = await campaign(db, campaignId);
    const { profiles } = await allProfiles(db, nowMs);
    let members = profiles;
    if (c.kind === 'prospect') members = profiles.filter((p) => p.lifecycle === 'lead' || p.lifecycle === 'prospect');
    if (c.segmentId) {
      const seg = await db.rows('segments').get(c.segmentId);
      if (!seg) return { ok: false, why: 'segmentGone' };
      const m = segmentMembers(members, seg.rule);
      if (!m.ok) return { ok: false, why: 'segmentInvalid', detail: m.issues[0]?.message };
      members = m.members;
    }
    if (!model) return { ok: true, candidates: members.map((p) => ({ id: p.contactId })) };
    const scored = members.map((p) => ({ id: p.contactId, score: Number(p[model] ?? 0) }));
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return { ok: true, candidates: scored.slice(0, Math.max(1, Math.round(scored.length * Math.min(1, topShare ?? 1)))) };
  },

  async effectiveness(dbName, campaignId, nowMs) {
    const db = open(dbName);
    const c = await campaign(db, campaignId);
    const ids = new Set<string>();
    for (const r of campaignRuns(c.runs)) for (const id of [...r.target, ...r.control]) ids.add(id);
    const [orders, activities] = await Promise.all([
      ids.size ? db.orders.where('contactId').anyOf([...ids]).toArray() : Promise.resolve([]),
      db.rows('activities').where('campaignId').equals(campaignId).toArray(),
    ]);
    return measureCampaign(c, orders, activities, nowMs);
  },

  async outbox(dbName, campaignId, nowMs, limit = 500, query = '') {
    const db = open(dbName);
    const c = await campaign(db, campaignId);
    const runs = campaignRuns(c.runs);
    if (!runs.length) return { due: [], total: 0 };
    const steps = campaignSteps(c);
    const history = historyByContact(await db.rows('activities').where('campaignId').equals(campaignId).toArray());
    const now = new Date(nowMs);
    const due: { id: string; step: number }[] = [];
    const run = runs[runs.length - 1];
    for (const id of run.target) {
      const s = nextStep(steps, history.get(id), run.at, now);
      if (s !== null) due.push({ id, step: s });
    }
    let matching = due;
    const q = query.trim().toLowerCase();
    if (q) {
      const all = await db.rows('contacts').bulkGet(due.map((d) => d.id));
      matching = due.filter((_, i) => {
        const c = all[i];
        return !!c && (contactName(c).toLowerCase().includes(q) || (c.email ?? '').includes(q));
      });
    }
    const page = matching.slice(0, limit);
    const [contacts, members, merge] = await Promise.all([
      db.rows('contacts').bulkGet(page.map((d) => d.id)),
      db.rows('members').toArray(),
      mergeProfiles(db, page.map((d) => d.id), nowMs),
    ]);
    const companyIds = [...new Set(contacts.map((x) => x?.companyId).filter((x): x is string => !!x))];
    const companies = new Map((await db.rows('companies').bulkGet(companyIds)).filter((x) => !!x).map((x) => [x!.id, x!.name]));
    const memberName = new Map(members.map((m) => [m.id, m.name]));
    const items: OutboxItem[] = [];
    page.forEach((d, i) => {
      const contact = contacts[i];
      if (!contact) return;
      const locale = contact.locale ?? 'en';
      const mp = merge.get(d.id);
      const tier = mp ? tierOf(mp.spend12m) : null;
      items.push({
        contact: contactCard(contact),
        companyName: contact.companyId ? companies.get(contact.companyId) : undefined,
        step: d.step,
        template: templateFor(steps[d.step], locale, c.template ?? ''),
        profile: {
          recommendedProduct: mp?.recommendedProduct,
          lastOrder: formatOrder(mp?.lastOrder, locale),
          loyaltyTier: tier ? TIER_NAMES[locale][tier] : undefined,
          owner: contact.ownerId ? memberName.get(contact.ownerId) : undefined,
        },
      });
    });
    return { due: items, total: matching.length };
  },

  async audienceLookup(dbName, campaignId) {
    const db = open(dbName);
    const c = await campaign(db, campaignId);
    const ids = new Set<string>();
    for (const r of campaignRuns(c.runs)) for (const id of [...r.target, ...r.control]) ids.add(id);
    const contacts = await db.rows('contacts').bulkGet([...ids]);
    return { ids: [...ids], emails: contacts.filter((x) => x?.email).map((x) => [x!.email!.toLowerCase(), x!.id] as [string, string]) };
  },

  plan: (dbName, nowMs) => planContacts(open(dbName), nowMs),
  loyalty: (dbName, nowMs) => loyaltyOverview(open(dbName), nowMs),
};

Comlink.expose(api);
