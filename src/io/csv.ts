/**
 * CSV as Excel opens it: UTF-8 with a byte order mark, CRLF, quotes where
 * needed. A cell that starts with = + - @ tab or CR would run as a formula
 * in a spreadsheet (CSV injection), so it gets a leading apostrophe; plain
 * negative numbers are left alone. The importer removes that apostrophe
 * again, so an exported file re-imports to the same records.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` for a cell read back from a file. */
export function unneutralise(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[], delimiter = ','): string {
  const line = (cells: readonly unknown[]) => cells.map((c) => quote(neutralise(cellToText(c)), delimiter)).join(delimiter);
  return '\ufeff' + [line(columns), ...rows.map(line)].join('\r\n') + '\r\n';
}

export function cellToText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
