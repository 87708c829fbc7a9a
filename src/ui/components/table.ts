import type { Snippet } from 'svelte';

/** One column of a DataTable. */
export interface Column<R> {
  key: string;
  label: string;
  /** CSS grid track, e.g. '2fr' or '120px'. */
  width?: string;
  align?: 'left' | 'right';
  /** Text of the cell, also used for sorting unless `sort` is given. */
  value: (row: R) => string | number | undefined;
  sort?: (row: R) => string | number | undefined;
  cell?: Snippet<[R]>;
  /** Hide the column when the table is narrower than this many pixels (phones). */
  hideBelow?: number;
}
