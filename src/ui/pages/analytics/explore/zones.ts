import { PIVOT_DIMENSIONS, type PivotDimension, type PivotSpec } from '../../../../analytics/warehouse/pivot.ts';

export type Zone = 'rows' | 'columns' | 'filters';
/** The drag payload's type: a dimension and the zone it leaves (null from the field list). */
export const DRAG_TYPE = 'application/x-kith-dimension';

/** Dimensions on no axis and in no filter: what the field list and the "Add" menus offer. */
export function freeDimensions(spec: PivotSpec): PivotDimension[] {
  const used = new Set<PivotDimension>([...spec.rows, ...spec.columns, ...spec.filters.map((f) => f.dimension)]);
  return PIVOT_DIMENSIONS.filter((d) => !used.has(d));
}

/** Moves a dimension into a zone (out of the one it came from); drills are forgotten, as the layout changed by hand. */
export function place(spec: PivotSpec, d: PivotDimension, to: Zone): PivotSpec {
  const next: PivotSpec = {
    ...spec,
    rows: spec.rows.filter((x) => x !== d),
    columns: spec.columns.filter((x) => x !== d),
    filters: spec.filters.filter((f) => f.dimension !== d),
    drills: [],
  };
  if (to === 'filters') next.filters = [...next.filters, { dimension: d, values: [] }];
  else next[to] = [...next[to], d];
  return next;
}

export function unplace(spec: PivotSpec, d: PivotDimension): PivotSpec {
  return { ...spec, rows: spec.rows.filter((x) => x !== d), columns: spec.columns.filter((x) => x !== d), filters: spec.filters.filter((f) => f.dimension !== d), drills: [] };
}
