import Papa from 'papaparse';
import { detectAndDecode } from './encoding.ts';
import { FileError, type Table } from './table.ts';

/** Past this the page would run out of memory holding the grid; split the file. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Control bytes other than tab and line breaks mean a binary file, not text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) || c === 0xfffd) bad++;
  }
  return bad > n / 50;
}

function dropEmptyRows(rows: string[][]): string[][] {
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function toTable(grid: string[][], base: Omit<Table, 'columns' | 'rows'>): Table {
  const rows = dropEmptyRows(grid);
  if (rows.length === 0) throw new FileError('empty', 'The file has no rows.');
  const columns = rows[0].map((c) => c.trim());
  if (columns.every((c) => c === '')) throw new FileError('no-header', 'The first row is empty, so there is no header.');
  return { ...base, columns, rows: rows.slice(1) };
}

export function readCsvText(text: string, encoding: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new FileError('empty', 'The file is empty.');
  if (looksBinary(body)) throw new FileError('not-a-table', 'This file is not a table: it is binary, not CSV text or an .xlsx workbook.');
  const result = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const delimiter = result.meta.delimiter;
  const grid = result.data;
  const table = toTable(grid, { encoding, delimiter });
  if (table.columns.length < 2 && table.rows.every((r) => r.length < 2)) {
    // One column is a valid CSV, but a text file with no separator at all is more likely not a table.
    if (!/[,;\t|]/.test(body.slice(0, 4096)) && table.rows.length > 0 && table.columns[0].length > 60)
      throw new FileError('not-a-table', 'This file is not a table: no column separator (comma, semicolon, tab or |) was found.');
  }
  return table;
}

async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<Table> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const copy = bytes.slice().buffer as ArrayBuffer;
    sheets = (await readXlsxFile(copy)) as { sheet: string; data: unknown[][] }[];
  } catch (e) {
    throw new FileError('not-a-table', `This .xlsx workbook could not be read: ${(e as Error).message}`);
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = sheet !== undefined ? sheets.find((s) => s.sheet === sheet) : sheets.find((s) => s.data.some((r) => r.some((c) => c !== null && c !== '')));
  if (!chosen) throw sheet !== undefined ? new FileError('bad-sheet', `The workbook has no sheet "${sheet}".`) : new FileError('empty', 'Every sheet of the workbook is empty.');
  const grid = chosen.data.map((r) => r.map(cellText));
  return toTable(grid, { encoding: 'xlsx', sheet: chosen.sheet, sheets: names });
}

/** Workbook cells as the text a CSV of them would hold: dates as ISO, numbers in full precision. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(v);
}

/**
 * Reads a CSV/TSV (any of the encodings in encoding.ts) or an .xlsx workbook
 * into a table. Throws FileError with a message for a person when the file
 * is empty, too large, binary, or a workbook that cannot be read.
 */
export async function readTable(bytes: Uint8Array, fileName: string, options: { sheet?: string } = {}): Promise<Table> {
  if (bytes.length === 0) throw new FileError('empty', `"${fileName}" is empty.`);
  if (bytes.length > MAX_FILE_BYTES)
    throw new FileError('too-large', `"${fileName}" is ${Math.round(bytes.length / 1048576)} MB; files up to ${MAX_FILE_BYTES / 1048576} MB can be imported. Split it into smaller files.`);
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return readXlsx(bytes, options.sheet);
  if (/\.xls$/i.test(fileName)) throw new FileError('not-a-table', 'Old .xls workbooks cannot be read: save it as .xlsx or CSV.');
  const { text, encoding } = detectAndDecode(bytes);
  return readCsvText(text, encoding);
}
