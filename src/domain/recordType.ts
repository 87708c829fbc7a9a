import { checkField, fieldIssue, type FieldSpec } from './fields.ts';
import { ValidationError, type FieldIssue } from './validation.ts';

/** Fields every collaborative record carries; set by the store, never by forms. */
export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Tombstone: deleted records stay in the Yjs history but leave the indexed tables. */
  deletedAt?: string;
}

export type Draft<T extends BaseRecord> = Omit<T, keyof BaseRecord>;
export type FieldMap<T extends BaseRecord> = { [K in keyof Draft<T>]-?: FieldSpec };

export interface RecordType<T extends BaseRecord> {
  /** Collection name: also the Y.Doc name and the Dexie table name. */
  readonly collection: string;
  /** Human name of one record, used in error messages. */
  readonly entity: string;
  readonly fields: FieldMap<T>;
  /** Validates a whole new record; throws ValidationError naming every bad field. */
  validateNew(input: Record<string, unknown>): Draft<T>;
  /** Validates a partial change; unknown fields are errors, not silently dropped. */
  validatePatch(patch: Record<string, unknown>): Partial<Draft<T>>;
}

export function defineRecordType<T extends BaseRecord>(
  collection: string,
  entity: string,
  fields: FieldMap<T>,
): RecordType<T> {
  const specs = fields as Record<string, FieldSpec>;

  function check(input: Record<string, unknown>, partial: boolean): Record<string, unknown> {
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      throw new ValidationError(entity, [fieldIssue('(record)', 'notObject')]);
    const issues: FieldIssue[] = [];
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      if (!(key in specs)) issues.push(fieldIssue(key, 'unknownField', { entity }));
    }
    for (const [key, spec] of Object.entries(specs)) {
      if (partial && !(key in input)) continue;
      const r = checkField(key, spec, input[key]);
      if (!r.ok) issues.push(r.issue);
      else out[key] = r.value;
    }
    if (issues.length) throw new ValidationError(entity, issues);
    return out;
  }

  return {
    collection,
    entity,
    fields,
    validateNew: (input) => {
      const out = check(input, false);
      for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
      return out as Draft<T>;
    },
    validatePatch: (patch) => check(patch, true) as Partial<Draft<T>>,
  };
}
