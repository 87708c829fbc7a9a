import { command } from '../commands.ts';
import { VIEW_LISTS, VIEW_NAME_MAX, type SavedView, type ViewList, type ViewSort } from '../entities/index.ts';
import { fieldIssue } from '../fields.ts';
import { cleanText } from '../text.ts';
import { ValidationError, type FieldIssue } from '../validation.ts';

/** What a view holds of a list's state: the page's search, filters, sort and hidden columns. */
export interface ViewState {
  search: string;
  filters: Record<string, string>;
  sort: ViewSort | null;
  hidden: string[];
}

/** The state of the default "All" view: nothing filtered, every column shown. */
export const ALL_VIEW: ViewState = { search: '', filters: {}, sort: null, hidden: [] };

const ENTITY = 'Saved view';
const MAX_ITEMS = 50;
const MAX_TEXT = 200;

function isText(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** Every problem with a view's state as a page sends it: search text, string filters, a sort, a list of column keys. */
export function viewStateIssues(s: unknown): FieldIssue[] {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return [fieldIssue('state', 'notObject')];
  const st = s as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (!isText(st.search)) issues.push(fieldIssue('search', 'tooLong', { max: MAX_TEXT }));
  const f = st.filters;
  if (!f || typeof f !== 'object' || Array.isArray(f) || Object.keys(f).length > MAX_ITEMS || !Object.entries(f).every(([k, v]) => isText(k, 40) && isText(v)))
    issues.push(fieldIssue('filters', 'json'));
  const sort = st.sort as Record<string, unknown> | null;
  if (sort !== null && (!sort || typeof sort !== 'object' || !isText(sort.key, 40) || (sort.dir !== 'asc' && sort.dir !== 'desc'))) issues.push(fieldIssue('sort', 'json'));
  const h = st.hidden;
  if (!Array.isArray(h) || h.length > MAX_ITEMS || !h.every((k) => isText(k, 40))) issues.push(fieldIssue('hidden', 'json'));
  return issues;
}

/** A name's problem among the list's other views: required, short enough, not taken (case and spacing aside). */
export function viewNameIssue(views: Iterable<Pick<SavedView, 'id' | 'list' | 'name'>>, list: ViewList, name: unknown, exceptId?: string): FieldIssue | null {
  const n = typeof name === 'string' ? cleanText(name, false) : '';
  if (!n) return fieldIssue('viewName', 'required');
  if (n.length > VIEW_NAME_MAX) return fieldIssue('viewName', 'tooLong', { max: VIEW_NAME_MAX });
  const key = nameKey(n);
  for (const v of views) if (v.list === list && v.id !== exceptId && nameKey(v.name) === key) return fieldIssue('viewName', 'nameTaken', { name: v.name });
  return null;
}

const nameKey = (n: string) => n.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** The view's state as stored: empty parts left out. */
function stored(s: ViewState): Pick<SavedView, 'search' | 'filters' | 'sort' | 'hidden'> {
  const filters = Object.fromEntries(Object.entries(s.filters).filter(([, v]) => v !== ''));
  return {
    search: s.search.trim() || undefined,
    filters: Object.keys(filters).length ? filters : undefined,
    sort: s.sort ? { key: s.sort.key, dir: s.sort.dir } : undefined,
    hidden: s.hidden.length ? [...new Set(s.hidden)] : undefined,
  };
}

function check(issues: (FieldIssue | null)[]): void {
  const found = issues.filter((i): i is FieldIssue => i !== null);
  if (found.length) throw new ValidationError(ENTITY, found);
}

function existing(tx: { get(c: 'views', id: string): SavedView | undefined }, id: string): SavedView {
  const v = tx.get('views', id);
  if (!v) throw new ValidationError(ENTITY, [fieldIssue('id', 'noRecord', { id })]);
  return v;
}

/** Saves the list's current state as a new view, shared with the workspace. */
export const saveView = command(['views'], (tx, a: { list: ViewList; name: string; state: ViewState }) => {
  if (!VIEW_LISTS.includes(a.list)) check([fieldIssue('list', 'enum', { values: VIEW_LISTS.join(', '), got: String(a.list) })]);
  check([viewNameIssue(tx.all('views'), a.list, a.name), ...viewStateIssues(a.state)]);
  return tx.create('views', { list: a.list, name: cleanText(a.name, false), ...stored(a.state) });
});

/** Replaces what a view holds with the list's current state (its name stays). */
export const updateView = command(['views'], (tx, a: { id: string; state: ViewState }) => {
  existing(tx, a.id);
  check(viewStateIssues(a.state));
  const s = stored(a.state);
  // Absent parts are cleared (undefined removes a field), so an emptied filter does not linger.
  return tx.update('views', a.id, { search: s.search, filters: s.filters, sort: s.sort, hidden: s.hidden });
});

export const renameView = command(['views'], (tx, a: { id: string; name: string }) => {
  const v = existing(tx, a.id);
  check([viewNameIssue(tx.all('views'), v.list, a.name, v.id)]);
  return tx.update('views', a.id, { name: cleanText(a.name, false) });
});

export const deleteView = command(['views'], (tx, a: { id: string }) => {
  existing(tx, a.id);
  tx.remove('views', a.id);
});

export const viewCommands = {
  'view.save': saveView,
  'view.update': updateView,
  'view.rename': renameView,
  'view.delete': deleteView,
};

/** What a list offers today: its column keys, and for each filter the values it accepts (null: any text). */
export interface ListShape {
  columns: readonly string[];
  filters: Record<string, readonly string[] | null>;
}

/**
 * A stored view against what the list offers now: a column, filter or value
 * that no longer exists is left out (and named in `dropped`) and the rest
 * applies, so an old view still narrows the list as far as it can.
 */
export function applyView(view: Pick<SavedView, 'search' | 'filters' | 'sort' | 'hidden'>, shape: ListShape): { state: ViewState; dropped: string[] } {
  const dropped: string[] = [];
  const filters: Record<string, string> = {};
  for (const [k, v] of Object.entries(view.filters ?? {})) {
    const allowed = shape.filters[k];
    if (allowed === undefined || typeof v !== 'string' || (allowed !== null && !allowed.includes(v))) dropped.push(`${k}=${String(v)}`);
    else filters[k] = v;
  }
  let sort: ViewSort | null = null;
  if (view.sort) {
    if (shape.columns.includes(view.sort.key) && (view.sort.dir === 'asc' || view.sort.dir === 'desc')) sort = { key: view.sort.key, dir: view.sort.dir };
    else dropped.push(`sort:${view.sort.key}`);
  }
  const hidden: string[] = [];
  for (const k of view.hidden ?? []) {
    if (shape.columns.includes(k)) hidden.push(k);
    else dropped.push(`column:${k}`);
  }
  return { state: { search: typeof view.search === 'string' ? view.search : '', filters, sort, hidden }, dropped };
}

/** Whether the list's state is the view's (so the menu can say the view was changed since it was applied). */
export function sameState(a: ViewState, b: ViewState): boolean {
  const f = (s: ViewState) => JSON.stringify([s.search.trim(), Object.entries(s.filters).filter(([, v]) => v !== '').sort(), s.sort ? [s.sort.key, s.sort.dir] : null, [...new Set(s.hidden)].sort()]);
  return f(a) === f(b);
}

/** A list's views in name order (the menu's order). */
export function viewsOf(views: Iterable<SavedView>, list: ViewList): SavedView[] {
  return [...views].filter((v) => v.list === list && !v.deletedAt).sort((a, b) => a.name.localeCompare(b.name));
}
