import type { FieldSpec } from '../domain/fields.ts';
import { parseMoney, parseNumber, type NumberLocale } from '../domain/numbers.ts';
import { isoDate, isoDateTime, parseDate } from './dates.ts';
import { toE164 } from './phones.ts';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

export interface CellContext {
  locale: NumberLocale;
  defaultCountry: string;
  /** The column's order of slash dates (decided once per column). */
  slash: 'dmy' | 'mdy';
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'да', 'д', 'истина', '是', '真', '对', 'x', '✓']);
const FALSE = new Set(['false', 'no', 'n', '0', 'нет', 'н', 'ложь', '否', '假', '不', '']);

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'CNY', '￥': 'CNY', 元: 'CNY', 'руб': 'RUB', '₴': 'UAH', '₸': 'KZT' };

/** The currency a money cell names by its symbol ("€1 200" -> EUR), if any. */
export function currencyIn(text: string): string | undefined {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code) return code;
  for (const [sym, c] of Object.entries(SYMBOLS)) if (text.includes(sym)) return c;
  return undefined;
}

/** One cell's text to the value its field holds, or a message saying what is wrong with it. */
export function parseCell(spec: FieldSpec, text: string, ctx: CellContext): CellResult {
  const s = text.trim();
  if (s === '') return { ok: true, value: undefined };
  switch (spec.kind) {
    case 'int':
    case 'number': {
      const n = parseNumber(s, ctx.locale);
      if (n === null) return { ok: false, message: `"${s}" is not a number` };
      if (spec.kind === 'int' && !Number.isInteger(n)) return { ok: false, message: `"${s}" is not a whole number` };
      return { ok: true, value: n };
    }
    case 'money': {
      const n = parseMoney(s, ctx.locale);
      return n === null ? { ok: false, message: `"${s}" is not an amount` } : { ok: true, value: n };
    }
    case 'currency': {
      const c = /^[A-Za-z]{3}$/.test(s) ? s.toUpperCase() : SYMBOLS[s];
      return c ? { ok: true, value: c } : { ok: false, message: `"${s}" is not a currency code like EUR` };
    }
    case 'date':
    case 'datetime': {
      const p = parseDate(s, ctx.slash);
      if (!p) return { ok: false, message: `"${s}" is not a date (use 31.01.2025, 2025-01-31, 2025/01/31 or 01/31/2025)` };
      return { ok: true, value: spec.kind === 'date' ? isoDate(p) : isoDateTime(p) };
    }
    case 'phone': {
      const e = toE164(s, ctx.defaultCountry);
      return e ? { ok: true, value: e } : { ok: false, message: `"${s}" is not a valid phone number for ${ctx.defaultCountry} or in +country format` };
    }
    case 'email':
      return { ok: true, value: s.toLowerCase() };
    case 'bool': {
      const v = s.toLowerCase();
      if (TRUE.has(v)) return { ok: true, value: true };
      if (FALSE.has(v)) return { ok: true, value: false };
      return { ok: false, message: `"${s}" is not yes or no` };
    }
    case 'tags':
      return { ok: true, value: s.split(/[,;]/).map((t) => t.trim()).filter(Boolean) };
    case 'enum': {
      const v = spec.values.find((x) => x.toLowerCase() === s.toLowerCase());
      return v ? { ok: true, value: v } : { ok: false, message: `"${s}" is not one of ${spec.values.join(', ')}` };
    }
    case 'string':
      return { ok: true, value: s };
    default:
      return { ok: true, value: text };
  }
}
