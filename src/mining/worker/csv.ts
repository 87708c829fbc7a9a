import { DataError } from './errors.ts';
import { splitLines } from './text.ts';

/**
 * A small CSV reader for user files: comma, semicolon or tab delimited, double-quoted
 * fields, optional header. One record per physical line, so every error can name its line.
 */
export interface CsvTable {
  header: string[];
  /** Whether the first line was a header (otherwise columns are named 1..n). */
  hasHeader: boolean;
  delimiter: string;
  rows: string[][];
  /** 1-based file line of each row. */
  lines: number[];
}

export function detectDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const c = splitCsvLine(line, d).length - 1;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

export function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === delimiter) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** A number as people write them: "1234.5", "-3", "1e3", "3,5" when the delimiter is not a comma. */
export function parseNumber(s: string, delimiter: string): number {
  const t = s.trim();
  if (t === '') return Number.NaN;
  const norm = delimiter !== ',' && /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(norm) ? Number(norm) : Number.NaN;
}

function isNumericRow(cells: string[], delimiter: string): boolean {
  return cells.some((c) => c !== '') && cells.every((c) => c === '' || !Number.isNaN(parseNumber(c, delimiter)));
}

/** Parse the whole text; `maxRows` stops early for a preview. */
export function parseCsv(text: string, maxRows = Number.POSITIVE_INFINITY): CsvTable {
  const all = splitLines(text);
  const firstIdx = all.findIndex((l) => l.trim() !== '');
  if (firstIdx < 0) throw new DataError('file.empty');
  const delimiter = detectDelimiter(all[firstIdx]);
  const first = splitCsvLine(all[firstIdx], delimiter);
  const hasHeader = !isNumericRow(first, delimiter);
  const header = hasHeader ? first.map((h, i) => h || String(i + 1)) : first.map((_, i) => String(i + 1));
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = hasHeader ? firstIdx + 1 : firstIdx; i < all.length && rows.length < maxRows; i++) {
    if (all[i].trim() === '') continue;
    const cells = splitCsvLine(all[i], delimiter);
    if (cells.length !== header.length) throw new DataError('file.ragged', { line: i + 1, found: cells.length, expected: header.length });
    rows.push(cells);
    lines.push(i + 1);
  }
  return { header, hasHeader, delimiter, rows, lines };
}

export interface CsvPreview {
  header: string[];
  /** Columns whose sampled values are all numbers (blanks allowed). */
  numeric: boolean[];
  rowsSampled: number;
}

/** What the column pickers need, from the first lines only (cheap enough for the main thread). */
export function previewCsv(text: string, sampleRows = 200): CsvPreview {
  const t = parseCsv(text, sampleRows);
  if (t.header.length === 0) throw new DataError('file.noColumns');
  const numeric = t.header.map((_, j) => t.rows.length > 0 && t.rows.every((r) => r[j] === '' || !Number.isNaN(parseNumber(r[j], t.delimiter))));
  return { header: t.header, numeric, rowsSampled: t.rows.length };
}

export interface NumericColumns {
  /** Row-major n x d. */
  data: Float64Array;
  n: number;
  d: number;
  names: string[];
  /** 1-based file line of each kept row. */
  lines: Int32Array;
  /** Rows left out because a chosen cell was blank. */
  skipped: number;
}

/** The chosen columns as numbers. Blank cells drop their row; anything else that is not a number is an error. */
export function numericColumns(t: CsvTable, names: readonly string[]): NumericColumns {
  if (names.length === 0) throw new DataError('file.noColumns');
  const idx = names.map((name) => {
    const j = t.header.indexOf(name);
    if (j < 0) throw new DataError('file.unknownColumn', { column: name });
    return j;
  });
  const d = idx.length;
  const data = new Float64Array(t.rows.length * d);
  const lines = new Int32Array(t.rows.length);
  let n = 0;
  let skipped = 0;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    let blank = false;
    for (let k = 0; k < d; k++) {
      const cell = row[idx[k]];
      if (cell === '') {
        blank = true;
        break;
      }
      const v = parseNumber(cell, t.delimiter);
      if (!Number.isFinite(v)) throw new DataError('file.notNumber', { line: t.lines[r], column: names[k], value: cell.slice(0, 40) });
      data[n * d + k] = v;
    }
    if (blank) {
      skipped++;
      continue;
    }
    lines[n] = t.lines[r];
    n++;
  }
  return { data: data.slice(0, n * d), n, d, names: [...names], lines: lines.slice(0, n), skipped };
}
