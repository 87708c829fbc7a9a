import type { CollectionName, Collections } from '../domain/entities/index.ts';
import { ValidationError, type FieldIssue } from '../domain/validation.ts';
import type { Input } from './commands.ts';
import type { ProjectionIssue } from './projection.ts';
import type { StorageUsage } from './usage.ts';

/**
 * The store runs in a worker (Y.Docs of tens of thousands of records take
 * seconds to load and must not block the page). Errors cross the worker
 * boundary as data, because a structured-cloned Error loses its fields.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; entity: string; issues: FieldIssue[] };

export interface StoreWorkerApi {
  open(workspace: string): Promise<void>;
  create(collection: CollectionName, input: Input): Promise<Result<unknown>>;
  update(collection: CollectionName, id: string, patch: Input): Promise<Result<unknown>>;
  remove(collection: CollectionName, id: string): Promise<Result<void>>;
  get(collection: CollectionName, id: string): Promise<unknown>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  flushed(): Promise<void>;
  issues(): Promise<ProjectionIssue[]>;
  warmUp(): Promise<void>;
  close(): Promise<void>;
  /**
   * Workspace lifecycle, only ever in the store worker: `prepare` opens the
   * database (upgrading it), clears a half-written one, and seeds the demo when
   * there is none unless the page knows this device held a workspace before
   * (then it answers 'missing' and writes nothing).
   */
  prepare(workspace: string, o: { seedIfMissing: boolean }, onProgress: (fraction: number, phase: string) => void): Promise<PrepareResult>;
  /** Replaces the workspace with a fresh demo or an empty CRM; other tabs are told to reload. */
  reset(workspace: string, kind: 'demo' | 'empty', onProgress: (fraction: number, phase: string) => void, tab: string): Promise<PrepareResult>;
  /** Bytes per part of the workspace, counted in the worker (it reads every row). */
  storageUsage(): Promise<StorageUsage>;
}

export type PrepareResult = { state: 'ready' | 'seeded' | 'missing'; timings?: Record<string, number> };

export async function asResult<T>(f: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, entity: e.entity, issues: e.issues };
    throw e;
  }
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new ValidationError(r.entity, r.issues);
  return r.value;
}

/** The commands as the page sees them: same signatures as RecordCommands, answered by the worker. */
export class RemoteCommands {
  constructor(private api: StoreWorkerApi) {}

  async create<C extends CollectionName>(collection: C, input: Input): Promise<Collections[C]> {
    return unwrap(await this.api.create(collection, input)) as Collections[C];
  }
  async update<C extends CollectionName>(collection: C, id: string, patch: Input): Promise<Collections[C]> {
    return unwrap(await this.api.update(collection, id, patch)) as Collections[C];
  }
  async remove(collection: CollectionName, id: string): Promise<void> {
    unwrap(await this.api.remove(collection, id));
  }
  async get<C extends CollectionName>(collection: C, id: string): Promise<Collections[C] | undefined> {
    return (await this.api.get(collection, id)) as Collections[C] | undefined;
  }
}
