import { isIsoDateTime } from '../../domain/calendar.ts';
import type { FieldSpec } from '../../domain/fields.ts';
import { decimalMark, parseMoney, parseNumber, type NumberLocale } from '../../domain/numbers.ts';
import type { IssueCode } from '../../domain/validation.ts';

/** Form inputs hold text; records hold typed values. These convert both ways without losing bad input, so validation can name it. */
export function toInput(spec: FieldSpec, v: unknown, locale: NumberLocale = 'en'): string | boolean {
  if (v === undefined || v === null) return spec.kind === 'bool' ? false : '';
  switch (spec.kind) {
    case 'money':
      return (Number(v) / 100).toFixed(2).replace('.', decimalMark(locale));
    case 'share':
      return String(Math.round(Number(v) * 10_000) / 100);
    case 'datetime': {
      const d = new Date(String(v));
      const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000);
      return local.toISOString().slice(0, 16);
    }
    case 'tags':
      return Array.isArray(v) ? v.join(', ') : '';
    case 'json':
      return JSON.stringify(v, null, 2);
    case 'bool':
      return Boolean(v);
    default:
      return String(v);
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false; code: IssueCode | 'badDateInput' };

/**
 * `badInput` is the input element's `validity.badInput`: a browser date input
 * that holds a half-typed or impossible date (30 February) reports an empty
 * value, and saving it as "no date" would lose what the person typed.
 * Numbers are read by the one shared parser, in the UI's language: "1 500,50" in Russian is 1500.50.
 */
export function fromInput(spec: FieldSpec, raw: string | boolean, locale: NumberLocale = 'en', badInput = false): Parsed {
  if (spec.kind === 'bool') return { ok: true, value: Boolean(raw) };
  if (badInput) return { ok: false, code: 'badDateInput' };
  const s = String(raw);
  if (s.trim() === '') return { ok: true, value: undefined };
  switch (spec.kind) {
    case 'money': {
      const n = parseMoney(s, locale);
      return n === null ? { ok: false, code: 'notNumber' } : { ok: true, value: n };
    }
    case 'int':
    case 'number': {
      const n = parseNumber(s, locale);
      return n === null ? { ok: false, code: 'notNumber' } : { ok: true, value: n };
    }
    case 'share': {
      const n = parseNumber(s.replace('%', ''), locale);
      return n === null ? { ok: false, code: 'notNumber' } : { ok: true, value: Math.round(n * 100) / 10_000 };
    }
    case 'datetime': {
      // The datetime-local input's value is local time; Date would roll an impossible one over.
      if (!isIsoDateTime(s, false)) return { ok: true, value: s };
      const d = new Date(s);
      return { ok: true, value: Number.isNaN(d.getTime()) ? s : d.toISOString() };
    }
    case 'tags':
      return { ok: true, value: s.split(',').map((x) => x.trim()).filter(Boolean) };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(s) };
      } catch {
        return { ok: false, code: 'json' };
      }
    default:
      return { ok: true, value: s };
  }
}
