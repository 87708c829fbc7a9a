import { RECORD_TYPES, type CollectionName } from '../../domain/entities/index.ts';
import type { FieldSpec } from '../../domain/fields.ts';
import { boolColumn, float64Column, timestampColumn, utf8Column, type Arrow } from '../../store/arrowColumns.ts';

/** The collections the SQL warehouse holds besides orders and lines. */
export const WAREHOUSE_COLLECTIONS: CollectionName[] = ['contacts', 'companies', 'deals', 'activities', 'tickets', 'products', 'tasks', 'leads', 'members', 'campaigns', 'segments'];

const BASE: [string, FieldSpec][] = [
  ['id', { kind: 'string' }],
  ['createdAt', { kind: 'datetime' }],
  ['updatedAt', { kind: 'datetime' }],
];

/**
 * Records as an Arrow table whose schema comes from the record type's field
 * specs, not from guessing: every chunk of a collection has the same columns,
 * and money, numbers and times get SQL types of their own.
 */
export function recordsToArrow(a: Arrow, collection: CollectionName, rows: Record<string, unknown>[]) {
  const specs: [string, FieldSpec][] = [...BASE, ...Object.entries(RECORD_TYPES[collection].fields as Record<string, FieldSpec>)];
  const cols: Record<string, ReturnType<typeof utf8Column>> = {};
  for (const [name, spec] of specs) {
    const values = rows.map((r) => r[name]);
    switch (spec.kind) {
      case 'int':
      case 'number':
      case 'money':
        cols[name] = float64Column(a, values as (number | undefined)[]) as never;
        break;
      case 'bool':
        cols[name] = boolColumn(a, values as (boolean | undefined)[]) as never;
        break;
      case 'datetime':
        cols[name] = timestampColumn(a, values as (string | undefined)[]) as never;
        break;
      case 'tags':
      case 'json':
        cols[name] = utf8Column(a, values.map((v) => (v === undefined ? undefined : JSON.stringify(v))));
        break;
      default:
        cols[name] = utf8Column(a, values.map((v) => (v === undefined || v === null ? undefined : String(v))));
    }
  }
  return new a.Table(cols);
}
