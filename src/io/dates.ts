/**
 * Dates as people write them in spreadsheets. A column is read with one
 * format: "03/04/2025" alone could be March or April, so the slash order is
 * decided by the column (a day above 12 anywhere settles it) and only then by
 * the UI language.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z)?)?$/;
const DMY_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export interface ParsedDate {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  hasTime: boolean;
}

function valid(p: ParsedDate): boolean {
  if (p.m < 1 || p.m > 12 || p.d < 1 || p.hh > 23 || p.mm > 59 || p.ss > 59) return false;
  return p.d <= new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
}

function make(y: string, m: string, d: string, hh?: string, mi?: string, ss?: string): ParsedDate {
  return { y: +y, m: +m, d: +d, hh: hh ? +hh : 0, mm: mi ? +mi : 0, ss: ss ? +ss : 0, hasTime: hh !== undefined };
}

/** Which order the slash dates of a column use, from the values themselves; null when none settles it. */
export function slashOrder(values: readonly string[]): 'dmy' | 'mdy' | null {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = SLASH.exec(v.trim());
    if (!m) continue;
    if (+m[1] > 12) dmy = true;
    if (+m[2] > 12) mdy = true;
  }
  if (dmy === mdy) return null;
  return dmy ? 'dmy' : 'mdy';
}

/** Reads one date; `slash` is the column's order for d/m/y vs m/d/y. */
export function parseDate(text: string, slash: 'dmy' | 'mdy'): ParsedDate | null {
  const s = text.trim();
  let m = YMD.exec(s);
  let p: ParsedDate | null = null;
  if (m) p = make(m[1], m[2], m[3], m[4], m[5], m[6]);
  else if ((m = DMY_DOT.exec(s))) p = make(m[3], m[2], m[1], m[4], m[5], m[6]);
  else if ((m = SLASH.exec(s))) p = slash === 'dmy' ? make(m[3], m[2], m[1], m[4], m[5], m[6]) : make(m[3], m[1], m[2], m[4], m[5], m[6]);
  return p && valid(p) ? p : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(p: ParsedDate): string {
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

/** Wall-clock times in a file carry no zone; they are read as UTC so a round trip keeps them. */
export function isoDateTime(p: ParsedDate): string {
  return `${isoDate(p)}T${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}.000Z`;
}
