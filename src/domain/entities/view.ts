import { defineRecordType, type BaseRecord } from '../recordType.ts';

/** The lists a saved view can belong to. */
export const VIEW_LISTS = ['contacts', 'companies', 'deals', 'tickets'] as const;
export type ViewList = (typeof VIEW_LISTS)[number];

/** A column's sort in a view: its key as the page names it. */
export interface ViewSort {
  key: string;
  dir: 'asc' | 'desc';
}

/**
 * A saved view of a list, shared with the workspace: the search text, the
 * filters (filter name -> chosen value), the sort and the hidden columns.
 * Hidden rather than shown columns are kept, so a column added later shows.
 */
export interface SavedView extends BaseRecord {
  list: ViewList;
  name: string;
  search?: string;
  filters?: Record<string, string>;
  sort?: ViewSort;
  hidden?: string[];
}

/** Longest view name: it has to fit in the views menu. */
export const VIEW_NAME_MAX = 60;

export const SavedViewType = defineRecordType<SavedView>('views', 'Saved view', {
  list: { kind: 'enum', values: VIEW_LISTS, required: true },
  name: { kind: 'string', required: true, max: VIEW_NAME_MAX },
  search: { kind: 'string' },
  filters: { kind: 'json', max: 4_000 },
  sort: { kind: 'json', max: 400 },
  hidden: { kind: 'json', max: 4_000 },
});
