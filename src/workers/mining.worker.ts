/**
 * The mining worker: reads the workspace from IndexedDB itself (nothing large crosses
 * from the page), runs one algorithm per job and reports progress. Jobs pause between
 * slices so a cancel message can land; the page terminates the worker if one does not.
 */
import * as Comlink from 'comlink';
import { toReporting } from '../analytics/dashboard/currency.ts';
import { churnDataset } from '../analytics/features/churn.ts';
import { CUSTOMER_FEATURES, type CustomerFeature, customerFeatures, selectColumns } from '../analytics/features/customers.ts';
import { completeMonthlyRevenue } from '../analytics/metrics/monthlyRevenue.ts';
import { nextMonths } from '../analytics/metrics/months.ts';
import { isPurchase, purchaseAmount, type Purchase } from '../analytics/metrics/purchases.ts';
import { contactName } from '../domain/entities/index.ts';
import { CancelledError } from '../mining/cancel.ts';
import { createRecommender, type Recommender } from '../mining/recommend.ts';
import { basketsFromLines, productLabels } from '../mining/worker/baskets.ts';
import { parseBasketFile } from '../mining/worker/basketFile.ts';
import { type JobControl, throttled } from '../mining/worker/control.ts';
import { numericColumns, parseCsv } from '../mining/worker/csv.ts';
import { leadDataset } from '../mining/worker/deals.ts';
import { DataError } from '../mining/worker/errors.ts';
import type { DealFact, LineFact, OrderFact, TextFact } from '../mining/worker/facts.ts';
import { textsFromFile } from '../mining/worker/jobs/files.ts';
import { forecastSeries } from '../mining/worker/jobs/forecast.ts';
import { mineRules } from '../mining/worker/jobs/rules.ts';
import { fileCases, scoreCases, type ScoringResult } from '../mining/worker/jobs/scoring.ts';
import { categoryAttributes, interactionsFromOrders } from '../mining/worker/recommend.ts';
import { segment } from '../mining/worker/segment.ts';
import { summarizeSentiment } from '../mining/worker/sentiment.ts';
import { decodeText } from '../mining/worker/text.ts';
import type {
  FileSource,
  JobOutcome,
  JobRequest,
  JobResult,
  MiningWorkerApi,
  RecommendResult,
  SegmentResult,
  Source,
  WorkspaceSource,
} from '../mining/worker/types.ts';
import { decodeLines } from '../store/facts.ts';
import { dbName } from '../store/names.ts';
import { KithDB } from '../store/schema.ts';

// ---------- workspace data ----------

interface Facts {
  fingerprint: string;
  orders: OrderFact[];
  /** Paid orders as the metrics define them (reporting minor units). */
  purchases: Purchase[];
  lines: LineFact[] | null;
  recommender: Recommender | null;
}

const dbs = new Map<string, KithDB>();
const factsCache = new Map<string, Facts>();

function db(workspace: string): KithDB {
  let d = dbs.get(workspace);
  if (!d) {
    d = new KithDB(dbName(workspace));
    dbs.set(workspace, d);
  }
  return d;
}

/** Batches are append-only, so their count (with the order count) tells whether a cached copy is stale. */
async function facts(workspace: string): Promise<Facts> {
  const d = db(workspace);
  const fingerprint = `${await d.batches.count()}:${await d.orders.count()}`;
  const cached = factsCache.get(workspace);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const rows = await d.orders.toArray();
  const orders: OrderFact[] = rows.map((o) => ({ id: o.id, contactId: o.contactId, ms: Date.parse(o.orderedAt), paid: isPurchase(o) }));
  const purchases: Purchase[] = rows.filter(isPurchase).map((o) => ({ contactId: o.contactId, ms: Date.parse(o.orderedAt), amount: purchaseAmount(o) }));
  const f: Facts = { fingerprint, orders, purchases, lines: null, recommender: null };
  factsCache.set(workspace, f);
  return f;
}

async function lines(f: Facts, workspace: string, ctl: JobControl): Promise<LineFact[]> {
  if (f.lines) return f.lines;
  const out: LineFact[] = [];
  const keys = await db(workspace).batches.where('kind').equals('lines').primaryKeys();
  for (const id of keys) {
    const b = await db(workspace).batches.get(id);
    if (b) for (const l of await decodeLines(b.bytes)) out.push(l);
    await ctl.pause();
    if (ctl.signal.aborted) throw new CancelledError();
  }
  f.lines = out;
  return out;
}

async function products(workspace: string): Promise<{ id: string; name: string; sku: string; category?: string }[]> {
  return db(workspace).rows('products').toArray();
}

async function contactNames(workspace: string, ids: string[]): Promise<string[]> {
  const rows = await db(workspace).rows('contacts').bulkGet(ids);
  return rows.map((c, i) => (c ? contactName(c) : ids[i]));
}

async function dealFacts(workspace: string): Promise<{ deals: DealFact[]; owners: Map<string, string> }> {
  const d = db(workspace);
  const kinds = new Map<string, 'open' | 'won' | 'lost'>();
  for (const p of await d.rows('pipelines').toArray()) for (const s of p.stages) kinds.set(`${p.id}/${s.id}`, s.kind);
  const activityDeals = await d.rows('activities').where('dealId').above('').keys();
  const acts = new Map<string, number>();
  for (const k of activityDeals) acts.set(String(k), (acts.get(String(k)) ?? 0) + 1);
  const deals: DealFact[] = (await d.rows('deals').toArray()).map((r) => ({
    id: r.id,
    title: r.title,
    amount: toReporting(r.amount, r.currency) / 100,
    source: r.source,
    ownerId: r.ownerId,
    createdMs: Date.parse(r.createdAt),
    closedMs: r.closedAt ? Date.parse(r.closedAt) : undefined,
    outcome: kinds.get(`${r.pipelineId}/${r.stageId}`) ?? 'open',
    activities: acts.get(r.id) ?? 0,
  }));
  const owners = new Map((await d.rows('members').toArray()).map((m) => [m.id, m.name]));
  return { deals, owners };
}

async function ticketTexts(workspace: string): Promise<TextFact[]> {
  return (await db(workspace).rows('tickets').toArray()).map((t) => ({
    id: t.id,
    title: t.subject,
    text: t.body ? `${t.subject}. ${t.body}` : t.subject,
    lang: t.lang,
  }));
}

const nowOf = (s: WorkspaceSource): number => s.nowMs ?? Date.now();
const fileText = (s: FileSource): string => decodeText(s.bytes);

// ---------- jobs ----------

async function rulesJob(r: Extract<JobRequest, { job: 'rules' }>, ctl: JobControl): Promise<JobResult> {
  const params = { minSupport: r.minSupport, minConfidence: r.minConfidence, maxLength: r.maxLength };
  if (r.source.kind === 'file') {
    const tx = parseBasketFile(fileText(r.source));
    return mineRules(tx, tx.labels, params, ctl);
  }
  const ws = r.source.workspace;
  const f = await facts(ws);
  const tx = basketsFromLines(f.orders, await lines(f, ws, ctl));
  const names = productLabels(await products(ws));
  return mineRules(tx, tx.labels.map((id) => names.get(id) ?? id), params, ctl);
}

async function segmentJob(r: Extract<JobRequest, { job: 'segment' }>, ctl: JobControl): Promise<SegmentResult> {
  let data: Float64Array;
  let n: number;
  let skipped = 0;
  let features: SegmentResult['features'];
  let ids: readonly string[] | null = null;
  if (r.source.kind === 'file') {
    const cols = numericColumns(parseCsv(fileText(r.source)), r.features);
    ({ data, n, skipped } = cols);
    features = cols.names.map((c) => ({ key: 'column', value: c }));
  } else {
    const chosen = r.features.filter((f): f is CustomerFeature => (CUSTOMER_FEATURES as readonly string[]).includes(f));
    if (chosen.length === 0) throw new DataError('file.noColumns');
    const table = customerFeatures((await facts(r.source.workspace)).purchases, nowOf(r.source));
    data = selectColumns(table, chosen);
    n = table.ids.length;
    ids = table.ids;
    features = chosen.map((key) => ({ key }));
  }
  const out = await segment(data, n, features.length, r.options, ctl);
  return {
    job: 'segment',
    n,
    skipped,
    features,
    standardized: r.options.standardize,
    method: r.options.method,
    k: out.k,
    kScores: out.kScores,
    criterion: out.criterion,
    silhouette: out.silhouette,
    sizes: out.sizes,
    means: out.means,
    sample: out.sample,
    sampleLabels: out.sampleLabels,
    ...(ids ? { members: membersOf(ids, out.labels, out.k) } : {}),
  };
}

function membersOf(ids: readonly string[], labels: Int32Array, k: number): string[][] {
  const out: string[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < ids.length; i++) out[labels[i]].push(ids[i]);
  return out;
}

async function forecastJob(r: Extract<JobRequest, { job: 'forecast' }>): Promise<JobResult> {
  const p = { horizon: r.horizon, seasonLength: r.seasonLength };
  if (r.source.kind === 'file') {
    const col = numericColumns(parseCsv(fileText(r.source)), [r.column ?? '']);
    const y = Array.from(col.data);
    const labels = y.map((_, i) => String(i + 1));
    const future = Array.from({ length: Math.max(1, r.horizon) }, (_, i) => String(y.length + i + 1));
    return forecastSeries(labels, y, future, p, false);
  }
  const s = completeMonthlyRevenue((await facts(r.source.workspace)).purchases, nowOf(r.source));
  const future = s.months.length ? nextMonths(s.months[s.months.length - 1], Math.max(1, r.horizon)) : [];
  return forecastSeries(s.months, s.revenue, future, p, true);
}

async function scoringJob(r: Extract<JobRequest, { job: 'leads' | 'churn' }>, ctl: JobControl): Promise<ScoringResult> {
  if (r.source.kind === 'file') {
    const c = fileCases(parseCsv(fileText(r.source)), r.target ?? '', r.columns ?? []);
    return scoreCases(r.job, c.features, c.X, c.y, c.cases, ctl);
  }
  const ws = r.source.workspace;
  const now = nowOf(r.source);
  if (r.job === 'leads') {
    const { deals, owners } = await dealFacts(ws);
    const ds = leadDataset(deals, now, (id) => owners.get(id) ?? id);
    const byId = new Map(deals.map((d) => [d.id, d]));
    return scoreCases('leads', ds.features, ds.X, ds.y, {
      ids: ds.openIds,
      names: ds.openIds.map((id) => byId.get(id)?.title ?? id),
      X: ds.openX,
      details: ds.openIds.map((id) => ({ amount: byId.get(id)?.amount ?? 0, activities: byId.get(id)?.activities ?? 0 })),
    }, ctl);
  }
  const ds = churnDataset((await facts(ws)).purchases, now, Math.max(7, r.windowDays ?? 180));
  const res = scoreCases('churn', ds.features, ds.X, ds.y, {
    ids: ds.activeIds,
    names: ds.activeIds,
    X: ds.activeX,
    details: ds.activeX.map((x) => ({ recencyDays: x[0], frequency: x[1], monetary: Math.expm1(x[2]) })),
    // Ranked by expected loss (risk x spend): a likely churner who spends little matters less than a big one.
    value: ds.activeX.map((x) => Math.expm1(x[2])),
  }, ctl);
  // Names only for the rows shown: ten thousand lookups would be wasted.
  const names = await contactNames(ws, res.scored.map((s) => s.id));
  res.scored.forEach((s, i) => (s.name = names[i]));
  return res;
}

async function recommendJob(r: Extract<JobRequest, { job: 'recommend' }>, ctl: JobControl): Promise<RecommendResult> {
  const ws = r.source.workspace;
  const f = await facts(ws);
  const prods = await products(ws);
  f.recommender ??= createRecommender(interactionsFromOrders(f.orders, await lines(f, ws, ctl)));
  ctl.onProgress(0.8);
  const owned = new Set<string>();
  const mine = new Set(f.orders.filter((o) => o.paid && o.contactId === r.contactId).map((o) => o.id));
  for (const l of f.lines ?? []) if (mine.has(l.orderId)) owned.add(l.productId);
  const recs = f.recommender.recommend({ user: r.contactId, k: r.k, itemAttributes: categoryAttributes(prods) });
  const byId = new Map(prods.map((p) => [p.id, p]));
  const names = productLabels(prods);
  return {
    job: 'recommend',
    contactId: r.contactId,
    owned: owned.size,
    items: recs.map((x) => ({
      id: x.item,
      name: names.get(x.item) ?? x.item,
      category: byId.get(x.item)?.category ?? '',
      score: x.score,
      source: x.source ?? 'popularity',
    })),
  };
}

async function sentimentJob(src: Source, ctl: JobControl): Promise<JobResult> {
  const texts = src.kind === 'file' ? textsFromFile(fileText(src)) : await ticketTexts(src.workspace);
  return { job: 'sentiment', ...(await summarizeSentiment(texts, ctl)) };
}

function dispatch(r: JobRequest, ctl: JobControl): Promise<JobResult> {
  switch (r.job) {
    case 'rules':
      return rulesJob(r, ctl);
    case 'segment':
      return segmentJob(r, ctl);
    case 'forecast':
      return forecastJob(r);
    case 'leads':
    case 'churn':
      return scoringJob(r, ctl);
    case 'recommend':
      return recommendJob(r, ctl);
    case 'sentiment':
      return sentimentJob(r.source, ctl);
  }
}

// ---------- protocol ----------

const running = new Map<number, { aborted: boolean }>();

/** A macrotask turn: lets queued messages (a cancel) run before the next slice. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Typed arrays in the result move to the page instead of being copied. */
function transferables(r: JobResult): Transferable[] {
  return r.job === 'segment' ? [r.sample.buffer, r.sampleLabels.buffer] : [];
}

const api: MiningWorkerApi = {
  async run(jobId, request, onProgress) {
    const signal = { aborted: false };
    running.set(jobId, signal);
    const t0 = performance.now();
    const ctl: JobControl = { signal, onProgress: throttled((f) => void onProgress(f)), pause };
    try {
      const result = await dispatch(request, ctl);
      if (signal.aborted) return { status: 'cancelled' };
      const outcome: JobOutcome = { status: 'done', result, ms: performance.now() - t0 };
      return Comlink.transfer(outcome, transferables(result));
    } catch (e) {
      if (e instanceof CancelledError) return { status: 'cancelled' };
      if (e instanceof DataError) return { status: 'error', error: { code: e.code, params: e.params } };
      return { status: 'error', error: { message: e instanceof Error ? e.message : String(e) } };
    } finally {
      running.delete(jobId);
      (onProgress as unknown as Comlink.ProxyMarked & { [Comlink.releaseProxy]?: () => void })[Comlink.releaseProxy]?.();
    }
  },
  cancel(jobId) {
    const s = running.get(jobId);
    if (s) s.aborted = true;
  },
};

Comlink.expose(api);
