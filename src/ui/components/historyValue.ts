import type { FieldSpec } from '../../domain/fields.ts';

/** How one stored value of a history entry is shown: through labels, names and the UI language's formats. */
export interface ValueFormat {
  label(key: string, fallback: string): string;
  name(collection: string, id: string): string | undefined;
  money(minor: number, currency?: string): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  number(n: number): string;
  /** A pipeline stage's name in the UI language (stages live inside their pipeline, not as records). */
  stage?(id: string): string | undefined;
}

export function historyValue(field: string, spec: FieldSpec | undefined, v: unknown, f: ValueFormat, currency?: string): string {
  if (v === undefined || v === null || v === '') return '—';
  if (field === 'stageId' && f.stage) return f.stage(String(v)) ?? String(v);
  if (!spec) return typeof v === 'object' ? JSON.stringify(v) : String(v);
  switch (spec.kind) {
    case 'enum':
      return f.label(`enum.${field}.${String(v)}`, String(v));
    case 'ref':
      return f.name(spec.to, String(v)) ?? '…';
    case 'money':
      return typeof v === 'number' ? f.money(v, currency) : String(v);
    case 'datetime':
      return typeof v === 'string' ? f.dateTime(v) : String(v);
    case 'date':
      return typeof v === 'string' ? f.date(v) : String(v);
    case 'int':
    case 'number':
      return typeof v === 'number' ? f.number(v) : String(v);
    case 'bool':
      return v ? '✓' : '✗';
    case 'tags':
      return Array.isArray(v) ? v.join(', ') : String(v);
    case 'json':
      return JSON.stringify(v);
    default:
      return String(v);
  }
}
