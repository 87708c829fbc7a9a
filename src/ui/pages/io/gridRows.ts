import type { GridRow } from '../../../workers/io.worker.ts';

/** The grid's words in the UI language. */
export interface GridText {
  row: string;
  duplicateOf: (of: string) => string;
}

/**
 * The validation grid's rows as DOM, built in one pass with no reactive effect per cell:
 * a window of 20 rows of 7 editable cells made through the component's template took the
 * page 100 ms (over a thousand effects). Each input carries its column index; the grid
 * listens for `change` once, on the body.
 */
export function gridRowElements(rows: readonly GridRow[], columns: readonly string[], text: GridText): HTMLTableRowElement[] {
  const inGrid = new Set(columns);
  return rows.map((r) => {
    const tr = document.createElement('tr');
    tr.dataset.row = String(r.row);
    if (r.errors.length) tr.className = 'bad';
    const num = tr.insertCell();
    num.className = 'num';
    num.textContent = String(r.row);
    const errors = new Map(r.errors.map((e) => [e.column, e.message]));
    columns.forEach((c, i) => {
      const td = tr.insertCell();
      const err = errors.get(c);
      const input = document.createElement('input');
      input.value = r.cells[i] ?? '';
      input.dataset.column = String(i);
      input.setAttribute('aria-label', `${text.row} ${r.row}, ${c}`);
      input.setAttribute('aria-invalid', String(err !== undefined));
      if (err !== undefined) {
        td.className = 'err';
        td.title = err;
      }
      td.append(input);
    });
    const note = tr.insertCell();
    note.className = 'note';
    for (const e of r.errors) {
      const line = document.createElement(inGrid.has(e.column) ? 'div' : 'span');
      line.className = 'bad-text';
      line.textContent = inGrid.has(e.column) ? `${e.column}: ${e.message}` : `${e.column} ${e.message}`;
      note.append(line);
    }
    if (r.duplicateOf !== undefined) {
      const badge = document.createElement('span');
      badge.className = 'badge warn';
      badge.textContent = text.duplicateOf(String(r.duplicateOf));
      note.append(badge);
    }
    return tr;
  });
}

/** Which cell has the focus (row number and column index), so a rebuilt window can give it back. */
export function focusedCell(body: HTMLElement): { row: string; column: string; start: number | null; end: number | null } | null {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement) || !body.contains(el)) return null;
  const row = el.closest('tr')?.dataset.row;
  const column = el.dataset.column;
  return row && column ? { row, column, start: el.selectionStart, end: el.selectionEnd } : null;
}

export function refocus(body: HTMLElement, at: ReturnType<typeof focusedCell>): void {
  if (!at) return;
  const input = body.querySelector<HTMLInputElement>(`tr[data-row="${at.row}"] input[data-column="${at.column}"]`);
  if (!input) return;
  input.focus({ preventScroll: true });
  if (at.start !== null && at.end !== null) input.setSelectionRange(at.start, at.end);
}
