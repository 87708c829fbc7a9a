import { isIsoDate, isIsoDateTime } from './calendar.ts';
import { cleanText } from './text.ts';
import type { FieldIssue, IssueCode, IssueParams } from './validation.ts';

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
  /** A fraction stored as 0..1 and entered, and talked about, as a percentage. */
  | { kind: 'share'; required?: boolean; min?: number; max?: number }
  /** Integer minor units; never negative unless `signed`. */
  | { kind: 'money'; required?: boolean; signed?: boolean }
  | { kind: 'currency'; required?: boolean }
  | { kind: 'datetime'; required?: boolean }
  | { kind: 'date'; required?: boolean }
  | { kind: 'ref'; to: string; required?: boolean }
  | { kind: 'bool'; required?: boolean }
  | { kind: 'tags'; required?: boolean }
  /** `max`: characters of its JSON when the default cap is too small (a campaign's frozen audiences). */
  | { kind: 'json'; required?: boolean; max?: number };

/** Caps, so one paste can't put megabytes in a record every replica has to carry. */
export const LIMITS = {
  string: 200,
  text: 20_000,
  tag: 50,
  tags: 50,
  url: 2_000,
  json: 100_000,
  /** Minor units past 2^53 - 1 lose precision in a JS number. */
  money: Number.MAX_SAFE_INTEGER,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;
const PHONE = /^\+?[0-9 ()\-.]{5,24}$/;
const CURRENCY = /^[A-Z]{3}$/;
const URL_RE = /^https?:\/\/[^\s]+$/i;

const ENGLISH: Record<IssueCode, string> = {
  required: 'is required',
  notText: 'must be text, got {got}',
  tooLong: 'is longer than {max} characters',
  email: 'is not a valid email address: {got}',
  phone: 'is not a valid phone number: {got}',
  url: 'must start with http:// or https://',
  enum: 'must be one of {values}; got {got}',
  notNumber: 'must be a number, got {got}',
  notWhole: 'must be a whole number',
  notMinorUnits: 'must be whole minor units (cents)',
  negative: 'must not be negative',
  tooLarge: 'is too large to store exactly',
  min: 'must be at least {min}',
  max: 'must be at most {max}',
  range: 'must be a whole number from {min} to {max}',
  percentMin: 'must be at least {min}%',
  percentMax: 'must be at most {max}%',
  currency: 'must be an ISO currency code like EUR',
  datetime: 'must be an ISO UTC time like 2026-01-31T09:00:00Z that exists on the calendar, got {got}',
  date: 'must be a date like 2026-01-31 that exists on the calendar, got {got}',
  ref: 'must be the id of a {to} record',
  bool: 'must be true or false, got {got}',
  tags: 'must be a list of labels',
  tagTooLong: 'has a label longer than {max} characters',
  tooManyTags: 'has more than {max} labels',
  json: 'must be plain data',
  jsonTooLarge: 'is larger than {max} characters',
  unknownField: 'is not a field of {entity}',
  notObject: 'must be an object',
  noRecord: 'no record {id}',
  notAStage: 'is not a stage of pipeline {pipeline}',
  transition: 'cannot go from {from} to {to}; next: {next}',
  assigneeRequired: 'is required to assign a ticket',
  noAgent: 'has nobody who can take tickets',
  fileTooLarge: 'is {size} bytes; the limit is {max}',
  quota: 'needs {size} bytes; the device has less free',
  possibleDuplicate: 'looks like an existing record: {names}',
  invalid: 'is not valid',
  channelForType: 'does not match the type of interaction',
  slaRange: 'must be a number of hours in whole minutes, from 1 minute to {max} hours',
  slaOrder: 'must not be later than the resolution target',
  nameTaken: 'is already used by “{name}”',
};

/** An issue with its code, params, and the English text for logs. */
export function fieldIssue(field: string, code: IssueCode, params?: IssueParams): FieldIssue {
  const message = ENGLISH[code].replace(/\{(\w+)\}/g, (_, k: string) => String(params?.[k] ?? ''));
  return params ? { field, code, params, message } : { field, code, message };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : typeof v;
}

/** Percent for messages: 0.5 -> 50, without float noise. */
const pct = (f: number) => Math.round(f * 10_000) / 100;

type Checked = { ok: true; value: unknown } | { ok: false; issue: FieldIssue };

/**
 * Checks one value against its spec. Returns the normalised value, `undefined`
 * for an empty optional field, or an issue. Empty strings count as empty so a
 * cleared form input removes the field rather than storing ""; so does text
 * that is nothing but invisible characters.
 */
export function checkField(field: string, spec: FieldSpec, value: unknown): Checked {
  const bad = (code: IssueCode, params?: IssueParams): Checked => ({ ok: false, issue: fieldIssue(field, code, params) });
  const textual = spec.kind !== 'tags' && spec.kind !== 'json' && spec.kind !== 'bool';
  const v0 = typeof value === 'string' && textual ? cleanText(value, spec.kind === 'text') : value;
  const empty = v0 === undefined || v0 === null || v0 === '';
  if (empty) return spec.required ? bad('required') : { ok: true, value: undefined };

  switch (spec.kind) {
    case 'string':
    case 'text': {
      if (typeof v0 !== 'string') return bad('notText', { got: describe(v0) });
      const max = spec.max ?? LIMITS[spec.kind];
      if (v0.length > max) return bad('tooLong', { max });
      return { ok: true, value: v0 };
    }
    case 'email': {
      if (typeof v0 !== 'string') return bad('notText', { got: describe(v0) });
      const v = v0.toLowerCase();
      if (!EMAIL.test(v) || v.length > 254) return bad('email', { got: describe(v0) });
      return { ok: true, value: v };
    }
    case 'phone':
      if (typeof v0 !== 'string') return bad('notText', { got: describe(v0) });
      if (!PHONE.test(v0)) return bad('phone', { got: describe(v0) });
      return { ok: true, value: v0 };
    case 'url':
      if (typeof v0 !== 'string') return bad('notText', { got: describe(v0) });
      if (!URL_RE.test(v0)) return bad('url');
      if (v0.length > LIMITS.url) return bad('tooLong', { max: LIMITS.url });
      return { ok: true, value: v0 };
    case 'enum':
      if (typeof v0 !== 'string' || !spec.values.includes(v0)) return bad('enum', { values: spec.values.join(', '), got: describe(v0) });
      return { ok: true, value: v0 };
    case 'int':
    case 'number':
    case 'share':
    case 'money': {
      const n = typeof v0 === 'string' ? Number(v0) : v0;
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad('notNumber', { got: describe(v0) });
      if (spec.kind === 'money') {
        if (!Number.isInteger(n)) return bad('notMinorUnits');
        if (n < 0 && !spec.signed) return bad('negative');
        if (Math.abs(n) > LIMITS.money) return bad('tooLarge');
        return { ok: true, value: n };
      }
      if (spec.kind === 'int' && !Number.isSafeInteger(n)) return bad(Number.isInteger(n) ? 'tooLarge' : 'notWhole');
      const share = spec.kind === 'share';
      if (spec.min !== undefined && n < spec.min) return share ? bad('percentMin', { min: pct(spec.min) }) : bad('min', { min: spec.min });
      if (spec.max !== undefined && n > spec.max) return share ? bad('percentMax', { max: pct(spec.max) }) : bad('max', { max: spec.max });
      return { ok: true, value: n };
    }
    case 'currency':
      if (typeof v0 !== 'string' || !CURRENCY.test(v0)) return bad('currency');
      return { ok: true, value: v0 };
    case 'datetime':
      if (typeof v0 !== 'string' || !isIsoDateTime(v0, true)) return bad('datetime', { got: describe(v0) });
      return { ok: true, value: new Date(v0).toISOString() };
    case 'date':
      if (typeof v0 !== 'string' || !isIsoDate(v0)) return bad('date', { got: describe(v0) });
      return { ok: true, value: v0 };
    case 'ref':
      if (typeof v0 !== 'string' || v0.length > 64) return bad('ref', { to: spec.to });
      return { ok: true, value: v0 };
    case 'bool':
      if (typeof v0 !== 'boolean') return bad('bool', { got: describe(v0) });
      return { ok: true, value: v0 };
    case 'tags': {
      if (!Array.isArray(v0) || v0.some((t) => typeof t !== 'string')) return bad('tags');
      const tags = [...new Set((v0 as string[]).map((t) => cleanText(t, false)).filter(Boolean))];
      if (tags.some((t) => t.length > LIMITS.tag)) return bad('tagTooLong', { max: LIMITS.tag });
      if (tags.length > LIMITS.tags) return bad('tooManyTags', { max: LIMITS.tags });
      return { ok: true, value: tags };
    }
    case 'json': {
      let text: string;
      try {
        text = JSON.stringify(v0);
      } catch {
        return bad('json');
      }
      if (text === undefined) return bad('json');
      const max = spec.max ?? LIMITS.json;
      if (text.length > max) return bad('jsonTooLarge', { max });
      return { ok: true, value: JSON.parse(text) };
    }
  }
}
