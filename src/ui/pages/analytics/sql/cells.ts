import type { ColumnKind } from '../../../../analytics/warehouse/types.ts';
import { intl } from '../../../i18n/index.svelte.ts';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A result cell as text. Numbers (and BigInts past 2^53) in the UI language with group
 * separators from five digits on ("5435", "54,350"), so years and ids stay readable.
 */
export function cellText(v: unknown, kind: ColumnKind): string {
  if (v === null || v === undefined) return '';
  if (kind === 'number' && (typeof v === 'number' || typeof v === 'bigint')) {
    const key = intl();
    let f = formats.get(key);
    // 'min2' is ES2023 (Chromium 106+); TypeScript's lib here still types useGrouping as boolean.
    if (!f) formats.set(key, (f = new Intl.NumberFormat(key, { maximumFractionDigits: 6, useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions)));
    return f.format(v);
  }
  return String(v);
}

/** Sort key of a cell: numbers compare as numbers. */
export function cellSort(v: unknown): string | number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

