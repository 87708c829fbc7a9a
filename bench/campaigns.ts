import 'fake-indexeddb/auto';
import type { BenchRow, BenchScenario } from './types.ts';

/**
 * Campaign figures in Node (fake-indexeddb stands in for the browser's
 * IndexedDB, so the store path is the real one: runner, Yjs, projection):
 * freezing a 10,000-contact audience and its control group at launch,
 * measuring effectiveness over 10,000 responses, and event-rule throughput.
 */
const N = 10_000;
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T15:00:00Z');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
/** Repeats `f` (after one warm-up) until 5 runs and 2 s have passed, at most 50 runs: the median ms. */
async function timeIt(f: () => unknown | Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 50 && (times.length < 5 || performance.now() - start < 2000)) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function campaignFigures(): Promise<BenchRow[]> {

  const { command } = await import('../src/domain/commands.ts');
  const { freezeRun, campaignRuns } = await import('../src/domain/campaigns/audience.ts');
  const { measureCampaign } = await import('../src/analytics/campaigns/effectiveness.ts');
  const { evaluateConditions } = await import('../src/domain/rules/evaluate.ts');
  const { Workspace } = await import('../src/store/workspace.ts');
  const { RuleEngine } = await import('../src/workers/rules/engine.ts');
  const rows: BenchRow[] = [];
  const note = 'Node 20 + fake-indexeddb; machine shared and loaded';

  const clock = { now: T0 };
  const ws = new Workspace(`bench-campaigns-${Date.now()}`, { clock: () => new Date(clock.now), tabs: null });
  // 10,000 contacts in one command (one Yjs transaction, one IndexedDB transaction): the bench's set-up, not a figure.
  const seed = command(['contacts', 'members'], (tx, a: { n: number }) => {
    const owner = tx.create('members', { name: 'Olga Owner', email: 'olga@example.com', role: 'sales' });
    const ids: string[] = [];
    for (let i = 0; i < a.n; i++) ids.push(tx.create('contacts', { firstName: `C${i}`, lastName: 'Bench', ownerId: owner.id, lifecycle: 'customer' }).id);
    return { ids, owner: owner.id };
  });
  const { ids } = await ws.runner.run(seed, { n: N });
  const candidates = ids.map((id) => ({ id }));
  const pressure = { optedOut: new Set<string>(), lastTouch: new Map<string, string>(), minGapDays: 0 };

  const freezeMs = await timeIt(() => freezeRun({ campaignId: 'bench', at: new Date(T0), controlShare: 0.1, candidates, pressure }));
  rows.push({ scenario: 'campaign launch: freeze audience + control (pure), 10,000 contacts', metric: 'median ms', value: round(freezeMs), note });

  // The whole launch command: pressure rules over activities, split, the campaign record written through Yjs and persisted.
  let k = 0;
  const launchMs = await timeIt(async () => {
    const c = await ws.commands.create('campaigns', { name: `Bench ${k++}`, status: 'draft', channel: 'email', controlShare: 0.1, kind: 'single' });
    const t = performance.now();
    await ws.run('campaign.launch', { campaignId: c.id, candidates });
    return performance.now() - t;
  });
  rows.push({ scenario: 'campaign launch command (validate, freeze, Yjs write, persist), 10,000 contacts', metric: 'median ms', value: round(launchMs), note: `${note}; includes creating the draft` });

  // Effectiveness: 10,000 frozen contacts, 10,000 responses, 40,000 orders around the window.
  const run = freezeRun({ campaignId: 'fx', at: new Date(T0), controlShare: 0.1, candidates, pressure });
  const [frozen] = campaignRuns([run]);
  const kinds = ['opened', 'clicked', 'replied', 'converted', 'declined'] as const;
  const activities = Array.from({ length: N }, (_, i) => ({ contactId: frozen.target[i % frozen.target.length], response: kinds[i % kinds.length], occurredAt: new Date(T0 + (i % 20) * DAY).toISOString() }));
  const orders = Array.from({ length: 4 * N }, (_, i) => ({ contactId: ids[(i * 7919) % N], orderedAt: new Date(T0 + ((i % 120) - 60) * DAY).toISOString(), status: 'paid' as const, total: 1000 + (i % 50) * 100, currency: i % 3 ? 'USD' : 'EUR' }));
  const campaign = { id: 'fx', runs: [run], endAt: new Date(T0 + 30 * DAY).toISOString(), budget: 100_000, currency: 'USD', targetResponseRate: 0.2, targetRevenue: 1_000_000 };
  const fxMs = await timeIt(() => measureCampaign(campaign, orders, activities, T0 + 60 * DAY));
  rows.push({ scenario: 'effectiveness: 10,000 contacts, 10,000 responses, 40,000 orders', metric: 'median ms', value: round(fxMs), note });

  // Rule conditions alone: evaluations per second.
  const rule = { conditions: [{ field: 'profile.monetary', op: '>=', value: 1_000_000 }, { field: 'contact.lifecycle', op: 'in', value: ['customer', 'vip'] }] };
  const events = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, trigger: 'negativeSentiment' as const, at: new Date(T0).toISOString(), facts: { 'profile.monetary': i * 250, 'contact.lifecycle': i % 2 ? 'customer' : 'lead' } }));
  const evalMs = await timeIt(() => {
    let fired = 0;
    for (const e of events) if (evaluateConditions(rule, e).ok) fired++;
    return fired;
  });
  rows.push({ scenario: 'rule conditions evaluated (2 conditions each)', metric: 'per second', value: Math.round(N / (evalMs / 1000)), note });

  // End to end in the store: 300 negative tickets in one transaction, each firing a rule that writes a task and its fired-log entry.
  const engine = new RuleEngine(ws, () => new Date(clock.now));
  await engine.start();
  await ws.db.orders.bulkPut(ids.slice(0, 300).map((id, i) => ({ id: `o${i}`, number: `o${i}`, contactId: id, orderedAt: new Date(T0 - 10 * DAY).toISOString(), status: 'paid', channel: 'web', currency: 'USD', total: 2_000_000, lineCount: 1, batchId: 'bench' })));
  await ws.commands.create('rules', {
    name: 'Negative ticket from a high-value customer', enabled: true, trigger: 'negativeSentiment',
    conditions: [{ field: 'profile.monetary', op: '>=', value: 1_000_000 }], actions: [{ kind: 'task', title: 'Call the customer', assignee: 'owner', dueDays: 1 }],
  });
  const tickets = command(['tickets'], (tx, a: { contactIds: string[] }) => {
    for (const contactId of a.contactIds)
      tx.create('tickets', { subject: 'Broken printer, terrible service', body: 'It arrived broken and support is awful. I am very disappointed and angry.', channel: 'email', status: 'received', priority: 'normal', receivedAt: new Date(T0).toISOString(), contactId });
  });
  const t = performance.now();
  await ws.runner.run(tickets, { contactIds: ids.slice(0, 300) });
  await engine.idle();
  await ws.docs.flushed();
  const ms = performance.now() - t;
  const fired = engine.fired.length;
  rows.push({ scenario: `rules fired end to end (sentiment, profile, task + fired-log persisted): ${fired} of 300 tickets`, metric: 'per second', value: round(fired / (ms / 1000)), note });
  engine.stop();
  ws.close();
  return rows;
}

export const scenarios: BenchScenario[] = [{ name: 'campaigns', run: campaignFigures }];
