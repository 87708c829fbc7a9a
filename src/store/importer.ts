import * as Y from 'yjs';
import { ulid } from '../domain/ids.ts';
import { RECORD_TYPES, type CollectionName, type OrderFacts } from '../domain/entities/index.ts';
import { ValidationError } from '../domain/validation.ts';
import type { DocStore } from './docStore.ts';
import { FACTS_DOC, batchRows, batchesMap, readBatch, writeBatch } from './facts.ts';
import { checkFactBatches, orderFactBatches, type EncodedFactBatch } from './orderFactBatches.ts';
import { IMPORT_ORIGIN, INDEX_LATER, projectRecords, writeOf, type IssueSink } from './projection.ts';
import { createRecord, readField, recordsMap, recordToJSON, writeFields } from './yrecords.ts';

/** What the page asks the store to write: a checked ImportPlan, nothing left to decide. */
export interface ImportJob {
  fileName: string;
  /** 'orders': an orders file, whose lines land as fact batches (`facts` or `factBatches`). */
  collection: CollectionName | 'orders';
  create: Record<string, unknown>[];
  update: { id: string; patch: Record<string, unknown> }[];
  /** Companies to create first; `companyId: 'new:<i>'` in `create` points at the i-th. */
  newCompanies: string[];
  /** Orders and their lines, columnar: they land as fact batches (the journal keeps the batch ids, not one entry per line). */
  facts?: OrderFacts;
  /** The same already encoded (by the io worker), so the store worker only checks and writes them. */
  factBatches?: EncodedFactBatch[];
}

export type ImportState = 'running' | 'done' | 'rolled-back' | 'reverted' | 'cancelled';

/**
 * The journal of one import, kept in `meta` under `import:<id>`. It is
 * written before the first record (with every id the import will create),
 * so an import cut short by a closed tab is rolled back on the next open,
 * and afterwards it is the import log that one click reverts.
 */
export interface ImportLog {
  id: string;
  fileName: string;
  collection: CollectionName | 'orders';
  startedAt: string;
  finishedAt?: string;
  state: ImportState;
  created: Partial<Record<CollectionName, string[]>>;
  changed: { collection: CollectionName; id: string; before: Record<string, unknown> }[];
  batches: string[];
  counts: { created: number; updated: number; companies: number; orders: number; lines: number };
  /**
   * A large import's rows (records, or orders) indexed after it committed: how many of
   * `total` are in the tables so far. Absent when they were written with the import.
   */
  index?: { total: number; done: number };
}

/** A log as the page lists it: without the ids and old values, which for a 100,000-row import take the page long to receive. */
export type ImportLogSummary = Omit<ImportLog, 'created' | 'changed' | 'batches'>;

export function summariseLog({ created: _c, changed: _ch, batches: _b, ...rest }: ImportLog): ImportLogSummary {
  return rest;
}

export type Progress = (done: number, total: number) => void;

/**
 * Records per Yjs + IndexedDB transaction. Each commit also wakes every live
 * query on the page, so fewer, larger chunks import 100,000 rows much faster;
 * this size still lets Cancel be heard within a second or two.
 */
const CHUNK = 5000;
/** Imports of up to this many records (or orders) write their rows with them; larger ones index them right after (INDEX_LATER). */
const INDEX_INLINE_UP_TO = 10_000;
/** Rows per IndexedDB transaction of the indexing pass: orders rows are smaller than records, so more of them. */
const INDEX_RECORDS = 5000;
const INDEX_ORDERS = 20_000;
export const LOG_PREFIX = 'import:';
/** The pipeline id planImport gives deals when the file names none: the workspace's first pipeline, resolved here. */
const WORKSPACE_DEFAULT_PIPELINE = 'default';
const NEW_COMPANY = 'new:';

function now(): string {
  return new Date().toISOString();
}

export interface ImporterOptions {
  /** Past this many records (or orders) an import's rows are indexed after it commits. */
  indexInlineUpTo?: number;
  /** Where a record that fails validation when indexed is reported (as the projection does). */
  onIssue?: IssueSink;
  /** Rows per step of the indexing pass (records and orders alike); tests make it small to stop a pass half way. */
  indexStep?: number;
}

interface Indexing {
  stopped: boolean;
  done: Promise<void>;
  listeners: Set<Progress>;
  /** Why the pass stopped (a full disk); the journal keeps how far it got, and the next open goes on. */
  error?: unknown;
}

export class Importer {
  private cancelled = new Set<string>();
  private running = new Set<Promise<ImportLog>>();
  private indexing = new Map<string, Indexing>();
  private indexInlineUpTo: number;
  private onIssue: IssueSink;
  private indexStep: { records: number; orders: number };

  constructor(
    private docs: DocStore,
    private chunk = CHUNK,
    options: ImporterOptions = {},
  ) {
    this.indexInlineUpTo = options.indexInlineUpTo ?? INDEX_INLINE_UP_TO;
    this.onIssue = options.onIssue ?? (() => {});
    this.indexStep = { records: options.indexStep ?? INDEX_RECORDS, orders: options.indexStep ?? INDEX_ORDERS };
  }

  private async saveLog(log: ImportLog): Promise<void> {
    await this.docs.db.meta.put({ key: LOG_PREFIX + log.id, value: log });
  }

  async logs(): Promise<ImportLog[]> {
    const rows = await this.docs.db.meta.where('key').startsWith(LOG_PREFIX).toArray();
    return rows.map((r) => r.value as ImportLog).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
  }

  cancel(id: string): void {
    this.cancelled.add(id);
  }

  /**
   * Writes the job in chunks (so progress shows and Cancel is heard), each
   * chunk one Yjs transaction and so one IndexedDB transaction with its
   * projection. Cancel or an error rolls back what was written: the
   * workspace ends as before or wholly imported.
   */
  async run(id: string, job: ImportJob, onProgress: Progress = () => {}): Promise<ImportLog> {
    const p = this.write(id, job, onProgress);
    this.running.add(p);
    try {
      return await p;
    } finally {
      this.running.delete(p);
    }
  }

  /**
   * Resolves once no import is running. The workspace's warm-up waits on it: loading the
   * activities or the facts doc between two chunks stalled a 100,000-row import for most of a minute.
   */
  async settled(): Promise<void> {
    while (this.running.size || this.indexing.size) await Promise.allSettled([...this.running, ...[...this.indexing.values()].map((x) => x.done)]);
  }

  /**
   * Resolves once the import's rows are all in the tables (at once when they were written
   * with it), reporting progress on the way: the page says so after a large import.
   */
  async indexed(id: string, onProgress: Progress = () => {}): Promise<void> {
    const job = this.indexing.get(id);
    if (!job) return;
    job.listeners.add(onProgress);
    try {
      await job.done;
    } finally {
      job.listeners.delete(onProgress);
    }
    if (job.error) throw job.error;
  }

  /** Stops every indexing pass (the workspace closes); the journal resumes them on the next open. */
  async stopIndexing(id?: string): Promise<void> {
    const jobs = id ? [this.indexing.get(id)].filter((j): j is Indexing => !!j) : [...this.indexing.values()];
    for (const j of jobs) j.stopped = true;
    await Promise.allSettled(jobs.map((j) => j.done));
  }

  private async write(id: string, job: ImportJob, onProgress: Progress): Promise<ImportLog> {
    if (job.collection === 'orders') return this.runFacts(id, job, onProgress);
    const type = RECORD_TYPES[job.collection];
    const stamp = now();
    const t0 = Date.now();
    // Validate everything before writing anything; what validation returns is what gets written.
    const inputs: Record<string, unknown>[] = new Array(job.create.length);
    for (const [i, c] of job.create.entries()) {
      try {
        inputs[i] = type.validateNew(c) as Record<string, unknown>;
      } catch (e) {
        if (e instanceof ValidationError) throw new ValidationError(type.entity, e.issues.map((x) => ({ ...x, field: `row ${i + 1}: ${x.field}` })));
        throw e;
      }
    }
    for (const u of job.update) type.validatePatch(u.patch);
    // New companies are projected without another check too, so their names are checked here.
    const companyInputs = job.newCompanies.map((name) => RECORD_TYPES.companies.validateNew({ name }));

    const companyIds = job.newCompanies.map((_, i) => ulid(t0 + i));
    const createIds = inputs.map((_, i) => ulid(t0 + i));
    const later = companyIds.length + inputs.length > this.indexInlineUpTo;
    const log: ImportLog = {
      id,
      fileName: job.fileName,
      collection: job.collection,
      startedAt: stamp,
      state: 'running',
      created: { ...(companyIds.length ? { companies: companyIds } : {}), [job.collection]: createIds },
      changed: [],
      batches: [],
      counts: { created: inputs.length, updated: job.update.length, companies: companyIds.length, orders: 0, lines: 0 },
      ...(later ? { index: { total: companyIds.length + inputs.length, done: 0 } } : {}),
    };

    // Resolve what the plan left to the workspace: the default pipeline, companies by index.
    if (job.collection === 'deals') {
      const pipes = recordsMap(await this.docs.get('pipelines'));
      const first = [...pipes.entries()].find(([, m]) => !readField(m, 'deletedAt'))?.[0];
      const needsDefault = inputs.some((c) => c.pipelineId === WORKSPACE_DEFAULT_PIPELINE);
      // Refused before anything is written: the UI shows this issue as the field's generic "not valid" in its language.
      if (!first && needsDefault) throw new ValidationError(type.entity, [{ field: 'pipelineId', message: 'the workspace has no pipeline' }]);
      for (const c of inputs) if (c.pipelineId === WORKSPACE_DEFAULT_PIPELINE) c.pipelineId = first;
    }
    for (const c of inputs) if (typeof c.companyId === 'string' && c.companyId.startsWith(NEW_COMPANY)) c.companyId = companyIds[Number(c.companyId.slice(NEW_COMPANY.length))];

    const map = recordsMap(await this.docs.get(job.collection));
    for (const u of job.update) {
      const m = map.get(u.id);
      if (!m || readField(m, 'deletedAt')) throw new ValidationError(type.entity, [{ field: 'id', message: `no record ${u.id}` }]);
      const before: Record<string, unknown> = { updatedAt: readField(m, 'updatedAt') };
      for (const k of Object.keys(u.patch)) before[k] = readField(m, k);
      log.changed.push({ collection: job.collection, id: u.id, before });
    }
    await this.saveLog(log);

    const total = companyIds.length + inputs.length + job.update.length;
    let done = 0;
    try {
      if (companyIds.length) {
        const doc = await this.docs.get('companies');
        const cmap = recordsMap(doc);
        await this.createInChunks(id, doc, later, companyIds.length, (j) => createRecord(cmap, companyIds[j], { id: companyIds[j], createdAt: stamp, updatedAt: stamp, ...companyInputs[j] }), (n) => onProgress((done += n), total));
      }
      const doc = await this.docs.get(job.collection);
      await this.createInChunks(id, doc, later, inputs.length, (j) => createRecord(map, createIds[j], { id: createIds[j], createdAt: stamp, updatedAt: stamp, ...inputs[j] }), (n) => onProgress((done += n), total));
      for (let i = 0; i < job.update.length; i += this.chunk) {
        this.check(id);
        doc.transact(() => {
          for (const u of job.update.slice(i, i + this.chunk)) writeFields(map.get(u.id)!, { ...type.validatePatch(u.patch), updatedAt: stamp });
        }, IMPORT_ORIGIN);
        done += Math.min(this.chunk, job.update.length - i);
        onProgress(done, total);
        await this.breathe();
      }
      await this.docs.flushed();
    } catch (e) {
      throw await this.rollBack(id, log, e);
    }
    return this.finish(log);
  }

  /** Undoes what the journal says was written and records why; returns the error to rethrow. */
  private async rollBack(id: string, log: ImportLog, e: unknown): Promise<unknown> {
    await this.undoLog(log);
    log.state = this.cancelled.has(id) ? 'cancelled' : 'rolled-back';
    log.finishedAt = now();
    await this.saveLog(log);
    this.cancelled.delete(id);
    return e;
  }

  private async finish(log: ImportLog): Promise<ImportLog> {
    log.state = 'done';
    log.finishedAt = now();
    await this.saveLog(log);
    this.startIndexing(log);
    return log;
  }

  /** Starts (or, after a reopen, resumes) a finished import's indexing pass in the background. */
  private startIndexing(log: ImportLog): void {
    if (!log.index || log.index.done >= log.index.total || this.indexing.has(log.id)) return;
    const job: Indexing = { stopped: false, done: Promise.resolve(), listeners: new Set() };
    job.done = this.indexRows(log, job)
      .catch((e) => {
        job.error = e;
        this.docs.onError(e);
      })
      .finally(() => this.indexing.delete(log.id));
    this.indexing.set(log.id, job);
  }

  /**
   * Projects what a large import wrote, in the order it wrote it, from the docs as they are
   * now (so a record edited or deleted since is indexed as it is). Each step is one IndexedDB
   * transaction behind the write queue, and the journal records how far it got: on reopen it
   * goes on from there. Projecting a row twice writes the same row, so a step cut short is safe.
   */
  private async indexRows(log: ImportLog, job: Indexing): Promise<void> {
    await this.projectLater(log, job);
    if (job.stopped) return;
    // Every row is in: fold the import's updates into the snapshots, so the next open does not re-project them all.
    for (const docId of [...Object.keys(log.created), ...(log.batches.length ? [FACTS_DOC] : [])]) await this.docs.compactLog(docId);
  }

  private async projectLater(log: ImportLog, job: Indexing): Promise<void> {
    const index = log.index!;
    let at = 0;
    const step = async (n: number, write: () => Promise<void>) => {
      if (job.stopped) return;
      if (at + n > index.done) {
        await write();
        index.done = at + n;
        await this.saveLog(log);
        for (const l of job.listeners) l(index.done, index.total);
        await new Promise((r) => setTimeout(r, 0));
      }
      at += n;
    };
    for (const [collection, ids] of Object.entries(log.created) as [CollectionName, string[]][]) {
      for (let i = 0; i < ids.length && !job.stopped; i += this.indexStep.records) {
        const part = ids.slice(i, i + this.indexStep.records);
        await step(part.length, async () => {
          const doc = await this.docs.get(collection);
          const { puts, deletes } = projectRecords(collection, recordsMap(doc), part, this.onIssue);
          await this.docs.project(collection, writeOf(collection, puts, deletes));
        });
      }
    }
    for (const batchId of log.batches) {
      if (job.stopped) return;
      const facts = await this.docs.get(FACTS_DOC);
      const m = batchesMap(facts).get(batchId);
      const batch = m ? readBatch(batchId, m) : null;
      if (batch?.kind !== 'orders') continue;
      const { orders } = await batchRows([batch]);
      for (let i = 0; i < orders.length && !job.stopped; i += this.indexStep.orders) {
        const part = orders.slice(i, i + this.indexStep.orders);
        await step(part.length, () => this.docs.project(FACTS_DOC, { tables: ['orders'], apply: async (db) => void (await db.orders.bulkPut(part)) }));
      }
    }
  }

  /**
   * An orders file: a few Arrow batches per quarter, each one Yjs and one
   * IndexedDB transaction (with the projection of its orders). The journal
   * lists the batch ids, so rollback and revert drop exactly those.
   */
  private async runFacts(id: string, job: ImportJob, onProgress: Progress): Promise<ImportLog> {
    const stamp = now();
    const encoded = job.factBatches ?? (job.facts ? await orderFactBatches(job.facts) : []);
    const bad = await checkFactBatches(encoded);
    if (bad) throw new Error(`Import ${id}: ${bad}`);
    const batches = encoded.map((b) => ({ id: `${b.kind}-${b.quarter}-imp${id}`, kind: b.kind, rowCount: b.rowCount, createdAt: stamp, bytes: b.bytes }));
    const rows = (kind: string) => batches.reduce((s, b) => s + (b.kind === kind ? b.rowCount : 0), 0);
    const log: ImportLog = {
      id,
      fileName: job.fileName,
      collection: 'orders',
      startedAt: stamp,
      state: 'running',
      created: {},
      changed: [],
      batches: batches.map((b) => b.id),
      counts: { created: 0, updated: 0, companies: 0, orders: rows('orders'), lines: rows('lines') },
      ...(rows('orders') > this.indexInlineUpTo ? { index: { total: rows('orders'), done: 0 } } : {}),
    };
    await this.saveLog(log);
    try {
      const facts = await this.docs.get(FACTS_DOC);
      for (const [i, b] of batches.entries()) {
        this.check(id);
        facts.transact((tr) => {
          if (log.index) tr.meta.set(INDEX_LATER, true);
          writeBatch(facts, b);
        }, IMPORT_ORIGIN);
        onProgress(i + 1, batches.length);
        await this.breathe();
      }
      await this.docs.flushed();
    } catch (e) {
      throw await this.rollBack(id, log, e);
    }
    return this.finish(log);
  }

  /**
   * Creates `count` records in chunks, each one Yjs transaction and one IndexedDB
   * transaction. The next chunk is built while the previous one is being written
   * (IndexedDB works in the browser while this worker encodes and projects), with at
   * most one chunk waiting, so memory stays flat. A chunk that fails to reach disk
   * rejects here, so the import is rolled back instead of being reported done.
   */
  private async createInChunks(id: string, doc: Y.Doc, later: boolean, count: number, create: (j: number) => void, onWritten: (n: number) => void): Promise<void> {
    let pending: { write: Promise<void>; n: number } | null = null;
    for (let i = 0; i < count; i += this.chunk) {
      this.check(id);
      const to = Math.min(i + this.chunk, count);
      const write = this.docs.batch(() =>
        doc.transact((tr) => {
          if (later) tr.meta.set(INDEX_LATER, true);
          for (let j = i; j < to; j++) create(j);
        }, IMPORT_ORIGIN),
      );
      // Awaited on the next turn (or by the rollback's own writes, queued behind it): never unhandled.
      write.catch(() => {});
      if (pending) {
        await pending.write;
        onWritten(pending.n);
      }
      pending = { write, n: to - i };
      // Lets the worker hear Cancel between chunks.
      await new Promise((r) => setTimeout(r, 0));
    }
    if (pending) {
      await pending.write;
      onWritten(pending.n);
    }
  }

  private check(id: string): void {
    if (this.cancelled.has(id)) throw new ImportCancelled();
  }

  /** Lets the worker answer Cancel and write queued chunks between transactions. */
  private async breathe(): Promise<void> {
    await this.docs.flushed();
    await new Promise((r) => setTimeout(r, 0));
  }

  /** Takes back what a journal says was written: tombstones created records, restores changed fields, drops batches. */
  private async undoLog(log: ImportLog, onProgress: Progress = () => {}): Promise<void> {
    const stamp = now();
    const total = Object.values(log.created).reduce((s, ids) => s + (ids?.length ?? 0), 0) + log.changed.length;
    let done = 0;
    for (const [collection, ids] of Object.entries(log.created) as [CollectionName, string[]][]) {
      const doc = await this.docs.get(collection);
      const map = recordsMap(doc);
      for (let i = 0; i < ids.length; i += this.chunk) {
        doc.transact(() => {
          for (const rid of ids.slice(i, i + this.chunk)) {
            const m = map.get(rid);
            if (m && !readField(m, 'deletedAt')) writeFields(m, { deletedAt: stamp, updatedAt: stamp });
          }
        }, IMPORT_ORIGIN);
        done += Math.min(this.chunk, ids.length - i);
        onProgress(done, total);
        await this.breathe();
      }
    }
    for (const c of log.changed) {
      const doc = await this.docs.get(c.collection);
      const m = recordsMap(doc).get(c.id);
      if (m) doc.transact(() => writeFields(m, c.before), IMPORT_ORIGIN);
      onProgress(++done, total);
    }
    if (log.batches.length) {
      const facts = await this.docs.get(FACTS_DOC);
      facts.transact(() => {
        for (const b of log.batches) batchesMap(facts).delete(b);
      }, IMPORT_ORIGIN);
    }
    await this.docs.flushed();
  }

  /** One-click revert of a finished import. */
  async revert(id: string, onProgress?: Progress): Promise<ImportLog> {
    const row = await this.docs.db.meta.get(LOG_PREFIX + id);
    const log = row?.value as ImportLog | undefined;
    if (!log) throw new Error(`No import ${id}`);
    if (log.state !== 'done') throw new Error(`Import ${id} is ${log.state}; only a finished import can be reverted.`);
    // The tombstones it writes are projected at once; an indexing pass still going would only re-put rows they delete.
    await this.stopIndexing(id);
    await this.undoLog(log, onProgress);
    log.state = 'reverted';
    log.finishedAt = now();
    await this.saveLog(log);
    return log;
  }

  /** On open: an import whose tab closed mid-way is rolled back, one whose indexing was cut short goes on. Returns the imports it rolled back. */
  async recover(): Promise<ImportLog[]> {
    const out: ImportLog[] = [];
    for (const log of await this.logs()) {
      if (log.state === 'done') this.startIndexing(log);
      if (log.state !== 'running') continue;
      await this.undoLog(log);
      log.state = 'rolled-back';
      log.finishedAt = now();
      await this.saveLog(log);
      out.push(log);
    }
    return out;
  }
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was kept.');
    this.name = 'ImportCancelled';
  }
}

/** The records an import wrote, as plain JSON (for tests and the log view). */
export function recordsOf(doc: Y.Doc, ids: string[]): Record<string, unknown>[] {
  const map = recordsMap(doc);
  return ids.map((id) => map.get(id)).filter((m): m is Y.Map<unknown> => !!m).map(recordToJSON);
}
