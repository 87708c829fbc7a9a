import * as Comlink from 'comlink';
import type { ListSpec } from '../../store/listIndex.ts';
import type { Row } from '../../store/rows.ts';
import type { ListTable } from '../../workers/list.worker.ts';
import { intl } from '../i18n/index.svelte.ts';
import { listWorker } from './listWorker.ts';

/** Rows fetched around the painted window, so a scroll of several screens needs no new request. */
const MARGIN = 500;
/** Rows either side of the screen in the first answer to a new spec. */
const FIRST_MARGIN = 40;
/** Asks for the next rows once fewer than this many are held past the window, before the scroll reaches them. */
const AHEAD = 250;

export interface LiveList<R> {
  /** Rows matching the spec in all; null until the worker first answers. */
  readonly total: number | null;
  /** Index of `rows[0]` in the whole list. */
  readonly offset: number;
  readonly rows: R[];
  readonly loading: boolean;
  /** Tells which rows are on screen; fetches more when they are not held. */
  range(start: number, end: number): void;
  /** Every id matching the current spec, in list order (for "select all"). */
  ids(): Promise<string[]>;
}

/**
 * A list page's rows served by the list worker: the page holds only a window and
 * the count, re-asked when the spec changes, when it scrolls past what it holds and
 * after any write to the table. Call during component initialisation.
 */
export function liveList<T extends ListTable>(dbName: string, table: T, spec: () => ListSpec): LiveList<Row<T>> {
  let total = $state<number | null>(null);
  let offset = $state(0);
  let rows = $state.raw<Row<T>[]>([]);
  let loading = $state(true);
  let view = $state({ start: 0, end: 60 });
  let version = $state(0);
  let seq = 0;

  $effect(() => {
    let token: number | undefined;
    let alive = true;
    void listWorker()
      .watch(dbName, table, Comlink.proxy(() => void version++))
      .then((t) => (alive ? (token = t) : void listWorker().unwatch(t)));
    return () => {
      alive = false;
      if (token !== undefined) void listWorker().unwatch(token);
    };
  });

  // Re-asks when the spec, the language (sorting by names), the table or the window's edge changes.
  let heldFor = '';
  let heldVersion = -1;
  /** The request in flight, so a scroll it will answer does not ask again every frame. */
  let asked: { key: string; v: number; from: number; to: number } | null = null;
  $effect(() => {
    const s = spec();
    const key = JSON.stringify(s);
    const locale = intl();
    const v = version;
    const { start, end } = view;
    const fresh = key !== heldFor;
    if (!fresh && v === heldVersion && total !== null) {
      const heldEnd = offset + rows.length;
      const covered = start >= offset && Math.min(end, total) <= heldEnd;
      const near = (offset > 0 && start - offset < AHEAD) || (heldEnd < total && heldEnd - end < AHEAD);
      // Scrolling inside what is held needs nothing new; near its edge the next rows are asked for ahead.
      if (covered && !near) return;
      if (asked && asked.key === key && asked.v === v && start >= asked.from && end <= asked.to) return;
    }
    const mine = ++seq;
    loading = fresh || total === null;
    // A new search or filter asks for little more than the screen, so its answer crosses (and is
    // cloned) quickly; the margin for scrolling follows in the next request.
    const margin = fresh ? FIRST_MARGIN : MARGIN;
    const from = Math.max(0, start - margin);
    asked = { key, v, from, to: end + margin };
    void listWorker()
      .window(dbName, table, s, from, end - from + margin, locale)
      .then((w) => {
        if (mine !== seq) return;
        asked = null;
        const same = heldFor === key && heldVersion === v;
        heldFor = key;
        heldVersion = v;
        total = w.total;
        // Rows already held keep their objects, so the table does not re-render rows it already shows.
        const was = rows;
        const wasAt = offset;
        rows = same ? (w.rows as Row<T>[]).map((r, j) => { const o = was[w.offset + j - wasAt]; return o && o.id === r.id ? o : r; }) : (w.rows as Row<T>[]);
        offset = w.offset;
        loading = false;
      });
  });

  return {
    get total() {
      return total;
    },
    get offset() {
      return offset;
    },
    get rows() {
      return rows;
    },
    get loading() {
      return loading;
    },
    range(start, end) {
      if (start !== view.start || end !== view.end) view = { start, end };
    },
    ids: () => listWorker().ids(dbName, table, spec(), intl()),
  };
}
