/**
 * A complete, realistic demo workspace from a seed: pure data, no DOM or storage,
 * so it runs in a worker and in Node tests alike. Same seed + now -> same bytes.
 */
import type { Collections, Order, OrderLine } from '../domain/entities/index.ts';
import { makeActivities } from './activities.ts';
import { makeCampaigns, makeSegments } from './campaigns.ts';
import { campaignHistory } from './campaignHistory.ts';
import { makeRules, pastFirings } from './rules.ts';
import { makeProducts } from './catalog.ts';
import { makeCompanies } from './companies.ts';
import { DemoContext } from './context.ts';
import { makeDeals, makePipelines } from './deals.ts';
import { makeLeads } from './leads.ts';
import { finishContacts } from './lifecycle.ts';
import { makeOrders } from './orders.ts';
import { EmailBook, makeContacts } from './people.ts';
import { makeTickets } from './support.ts';
import { WORKSPACE_SETTINGS_ID } from '../domain/entities/index.ts';
import { DEFAULT_SLA } from '../domain/tickets/sla.ts';
import { makeTasks } from './tasks.ts';
import { Team } from './team.ts';

export interface DemoOptions {
  seed: number;
  /** ISO time: the "today" of the workspace; history runs three years back from it. */
  now: string;
  /** 1 = full size; small values (0.05) for tests. */
  scale?: number;
}

export interface DemoWorkspace {
  records: { [K in keyof Collections]: Collections[K][] };
  orders: Order[];
  lines: OrderLine[];
}

export function generateDemo(o: DemoOptions, onProgress: (fraction: number, phase: string) => void = () => {}): DemoWorkspace {
  const ctx = new DemoContext(o.seed, o.now, o.scale ?? 1);
  // Fractions are rough shares of the run time, measured at full scale.
  onProgress(0, 'team');
  const team = new Team(ctx);
  const pipelines = makePipelines(ctx);
  const products = makeProducts(ctx);
  const emails = new EmailBook();
  onProgress(0.02, 'companies');
  const companies = makeCompanies(ctx, team);
  onProgress(0.08, 'contacts');
  const contacts = makeContacts(ctx, companies, team, emails);
  onProgress(0.25, 'orders');
  const commerce = makeOrders(ctx, contacts, companies, products);
  onProgress(0.6, 'deals');
  const deals = makeDeals(ctx, pipelines, companies, contacts, commerce, team);
  onProgress(0.65, 'tickets');
  const tickets = makeTickets(ctx, contacts, companies, commerce, products, team);
  onProgress(0.7, 'activities');
  const activities = makeActivities(ctx, contacts, companies, deals, tickets, commerce);
  onProgress(0.92, 'tasks');
  const tasks = makeTasks(ctx, contacts, companies, deals, team);
  const leads = makeLeads(ctx, contacts, companies, team, emails);
  const { segments, byKey } = makeSegments(ctx);
  const { campaigns, history } = makeCampaigns(ctx, byKey, team);
  onProgress(0.95, 'campaigns');
  const past = campaignHistory(ctx, contacts, commerce, history);
  onProgress(0.97, 'rules');
  for (const a of past.activities) activities.push(a);
  for (const o of past.orders) commerce.orders.push(o);
  for (const l of past.lines) commerce.lines.push(l);
  const rules = makeRules(ctx, team);
  const fired = pastFirings(ctx, rules[0], tickets, contacts, commerce);
  for (const t of fired.tasks) tasks.push(t);
  finishContacts(ctx, contacts, commerce, deals);
  onProgress(1, 'done');

  return {
    records: {
      companies: companies.map((c) => c.rec),
      contacts: contacts.map((c) => c.rec),
      leads,
      pipelines,
      deals: deals.map((d) => d.rec),
      activities,
      tasks,
      tickets: tickets.map((t) => t.rec),
      products,
      campaigns,
      segments,
      members: team.members.map((m) => m.rec),
      rules,
      ruleFirings: fired.firings,
      // The workspace's shared settings: the default SLA targets written out, as Settings › SLA targets shows them.
      settings: [{ id: WORKSPACE_SETTINGS_ID, createdAt: pipelines[0].createdAt, updatedAt: pipelines[0].createdAt, sla: { ...DEFAULT_SLA } }],
      // Saved views of the lists: none until the team saves some.
      views: [],
    },
    orders: commerce.orders,
    lines: commerce.lines,
  };
}
