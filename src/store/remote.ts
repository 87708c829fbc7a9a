import type { CollectionName, Collections } from '../domain/entities/index.ts';
import { ValidationError, type FieldIssue } from '../domain/validation.ts';
import type { Input } from './commands.ts';
import type { ProjectionIssue } from './projection.ts';
import type { CommandArgs, CommandName, CommandResult } from './commandMap.ts';

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
  /** Runs a named domain command (campaigns, rules) in one transaction per collection. */
  run(name: string, args: unknown): Promise<Result<unknown>>;
  /** Evaluates time-based event rules (deal idle, birthday) now. */
  scanRules(): Promise<void>;
}

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
  /** A named domain command; validation errors come back as ValidationError, as for create/update. */
  async run<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResult<N>> {
    return unwrap(await this.api.run(name, args)) as CommandResult<N>;
  }
}
