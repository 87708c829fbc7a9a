/** A file read as a grid of text: the header's cells and the rows under it, exactly as the file had them. */
export interface Table {
  columns: string[];
  /** Rows under the header; cells keep the file's text, line breaks included. */
  rows: string[][];
  /** What was detected, e.g. 'utf-8', 'windows-1251', 'gbk' ('xlsx' for a workbook). */
  encoding: string;
  delimiter?: string;
  /** The sheet read, for a workbook. */
  sheet?: string;
  /** Every sheet of a workbook, so the wizard can offer the others. */
  sheets?: string[];
}

/** Something wrong with the file as a whole, said so that a person can act on it. */
export class FileError extends Error {
  constructor(
    readonly code: 'empty' | 'too-large' | 'not-a-table' | 'no-header' | 'bad-sheet',
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}

/** The n-th row (1-based, counted from the current header) becomes the header; rows above it are dropped. */
export function withHeaderRow(table: Table, n: number): Table {
  if (n <= 0) return table;
  const head = table.rows[n - 1];
  if (!head) throw new FileError('no-header', `There is no row ${n} to use as the header.`);
  return { ...table, columns: head.map((c) => c.trim()), rows: table.rows.slice(n) };
}
