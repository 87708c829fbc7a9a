import type { Snippet } from 'svelte';
import type { ViewSort } from '../../domain/entities/index.ts';

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
  /** The stored field a served list sorts by (see DataTable's `sort`); without it the column does not sort there. */
  field?: string;
  /** Hide the column when the table is narrower than this many pixels (phones). */
  hideBelow?: number;
}

/** The column a table is sorted by and the direction. */
export interface TableSort {
  key: string;
  dir: 1 | -1;
}

/** A table's sort as a saved view stores it, and back. */
export function viewSort(s: TableSort | null): ViewSort | null {
  return s ? { key: s.key, dir: s.dir === 1 ? 'asc' : 'desc' } : null;
}
export function tableSort(s: ViewSort | null): TableSort | null {
  return s ? { key: s.key, dir: s.dir === 'asc' ? 1 : -1 } : null;
}
