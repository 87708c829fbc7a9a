import type { FieldIssue } from './validation.ts';

/** What a field of a record may hold. Each kind validates and normalises its own input. */
export type FieldSpec =
  | { kind: 'string'; required?: boolean; max?: number }
  | { kind: 'text'; required?: boolean; max?: number }
  | { kind: 'email'; required?: boolean }
  | { kind: 'phone'; required?: boolean }
  | { kind: 'url'; required?: boolean }
  | { kind: 'enum'; values: readonly string[]; required?: boolean }
  | { kind: 'int'; required?: boolean; min?: number; max?: number }
  | { kind: 'number'; required?: boolean; min?: number; max?: number }
  | { kind: 'money'; required?: boolean }
  | { kind: 'currency'; required?: boolean }
  | { kind: 'datetime'; required?: boolean }
  | { kind: 'date'; required?: boolean }
  | { kind: 'ref'; to: string; required?: boolean }
  | { kind: 'bool'; required?: boolean }
  | { kind: 'tags'; required?: boolean }
  | { kind: 'json'; required?: boolean };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
const PHONE = /^\+?[0-9 ()\-.]{5,24}$/;
const CURRENCY = /^[A-Z]{3}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_RE = /^https?:\/\/[^\s]+$/i;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : typeof v;
}

/**
 * Checks one value against its spec. Returns the normalised value, `undefined`
 * for an empty optional field, or an issue. Empty strings count as empty so a
 * cleared form input removes the field rather than storing "".
 */
export function checkField(
  field: string,
  spec: FieldSpec,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; issue: FieldIssue } {
  const bad = (message: string) => ({ ok: false as const, issue: { field, message } });
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (empty) return spec.required ? bad('is required') : { ok: true, value: undefined };

  switch (spec.kind) {
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return bad(`must be text, got ${describe(value)}`);
      const v = spec.kind === 'string' ? value.trim() : value;
      const max = spec.max ?? (spec.kind === 'string' ? 200 : 20000);
      if (v.length > max) return bad(`is longer than ${max} characters`);
      return { ok: true, value: v };
    }
    case 'email': {
      if (typeof value !== 'string') return bad(`must be text, got ${describe(value)}`);
      const v = value.trim().toLowerCase();
      if (!EMAIL.test(v) || v.length > 254) return bad(`is not a valid email address: ${describe(value)}`);
      return { ok: true, value: v };
    }
    case 'phone': {
      if (typeof value !== 'string') return bad(`must be text, got ${describe(value)}`);
      const v = value.trim();
      if (!PHONE.test(v)) return bad(`is not a valid phone number: ${describe(value)}`);
      return { ok: true, value: v };
    }
    case 'url': {
      if (typeof value !== 'string') return bad(`must be text, got ${describe(value)}`);
      const v = value.trim();
      if (!URL_RE.test(v)) return bad(`must start with http:// or https://`);
      return { ok: true, value: v };
    }
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        return bad(`must be one of ${spec.values.join(', ')}; got ${describe(value)}`);
      return { ok: true, value };
    case 'int':
    case 'number':
    case 'money': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad(`must be a number, got ${describe(value)}`);
      if ((spec.kind === 'int' || spec.kind === 'money') && !Number.isInteger(n))
        return bad(spec.kind === 'money' ? 'must be whole minor units (cents)' : 'must be a whole number');
      if ('min' in spec && spec.min !== undefined && n < spec.min) return bad(`must be at least ${spec.min}`);
      if ('max' in spec && spec.max !== undefined && n > spec.max) return bad(`must be at most ${spec.max}`);
      return { ok: true, value: n };
    }
    case 'currency':
      if (typeof value !== 'string' || !CURRENCY.test(value)) return bad(`must be an ISO currency code like EUR`);
      return { ok: true, value };
    case 'datetime': {
      if (typeof value !== 'string' || !ISO_DATETIME.test(value) || Number.isNaN(Date.parse(value)))
        return bad(`must be an ISO UTC time like 2026-01-31T09:00:00Z, got ${describe(value)}`);
      return { ok: true, value: new Date(value).toISOString() };
    }
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
        return bad(`must be a date like 2026-01-31, got ${describe(value)}`);
      return { ok: true, value };
    case 'ref':
      if (typeof value !== 'string' || value.length < 1 || value.length > 64)
        return bad(`must be the id of a ${spec.to} record`);
      return { ok: true, value };
    case 'bool':
      if (typeof value !== 'boolean') return bad(`must be true or false, got ${describe(value)}`);
      return { ok: true, value };
    case 'tags': {
      if (!Array.isArray(value) || value.some((t) => typeof t !== 'string'))
        return bad('must be a list of labels');
      const tags = [...new Set(value.map((t: string) => t.trim()).filter(Boolean))];
      return { ok: true, value: tags };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(JSON.stringify(value)) };
      } catch {
        return bad('must be plain data');
      }
  }
}
