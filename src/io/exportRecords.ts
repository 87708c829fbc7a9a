import { RECORD_TYPES, type CollectionName } from '../domain/entities/index.ts';
import type { FieldSpec } from '../domain/fields.ts';
import { CUSTOM_PREFIX } from './mapping.ts';

/** Fields that name another record: exported by that record's name so the file means something elsewhere. */
const SKIP = new Set(['pipelineId', 'ownerId', 'contactId', 'dealId', 'ticketId', 'custom', 'stages', 'mergedFrom']);

/**
 * Records as a grid whose headers are the field names, which is also what
 * the importer maps automatically: money in major units with a point,
 * tags comma-joined, the company by name, custom fields as "custom:<name>".
 */
export function recordsToGrid(
  collection: CollectionName,
  records: readonly Record<string, unknown>[],
  names: { companies?: ReadonlyMap<string, string>; stages?: ReadonlyMap<string, string> } = {},
): { columns: string[]; rows: string[][] } {
  const specs = RECORD_TYPES[collection].fields as Record<string, FieldSpec>;
  const fields = Object.keys(specs).filter((f) => !SKIP.has(f) && !(f === 'companyId' && !names.companies) && !(f === 'stageId' && !names.stages));
  const customKeys = [...new Set(records.flatMap((r) => Object.keys((r.custom as Record<string, string> | undefined) ?? {})))].sort();
  const header = (f: string) => (f === 'companyId' ? 'companyName' : f === 'stageId' ? 'stageName' : f);
  const columns = ['id', ...fields.map(header), ...customKeys.map((k) => CUSTOM_PREFIX + k)];
  const rows = records.map((r) => [
    String(r.id ?? ''),
    ...fields.map((f) => {
      const v = r[f];
      if (v === undefined || v === null) return '';
      if (f === 'companyId') return names.companies?.get(String(v)) ?? '';
      if (f === 'stageId') return names.stages?.get(String(v)) ?? String(v);
      if (specs[f].kind === 'money') return (Number(v) / 100).toFixed(2);
      if (Array.isArray(v)) return v.join(', ');
      return String(v);
    }),
    ...customKeys.map((k) => (r.custom as Record<string, string> | undefined)?.[k] ?? ''),
  ]);
  return { columns, rows };
}
