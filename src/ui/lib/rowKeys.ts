/**
 * Keys for a virtual list's painted rows. A row keeps its key while it stays in the painted
 * window, so its element keeps focus and any open editor; a row entering the window takes the
 * key of one leaving it, in screen order. A jump past the whole window therefore hands out the
 * old keys in their old order: the keyed list reuses every element where it stands and only its
 * text changes, where moving an element re-creates its boxes (style and layout from scratch).
 * A scroll by a few rows moves only those few elements from one edge to the other.
 */
export class RowKeys {
  private order: { i: number; key: number }[] = [];
  /** Keys of rows that left a window that then shrank, handed out again before new ones. */
  private spare: number[] = [];
  private next = 0;

  /** Keys for the rows `start` to `end - 1`, in order; unique within the window. */
  assign(start: number, end: number): number[] {
    const held = new Map<number, number>();
    const free: number[] = [];
    for (const r of this.order) {
      if (r.i >= start && r.i < end) held.set(r.i, r.key);
      else free.push(r.key);
    }
    free.push(...this.spare);
    let f = 0;
    const order: { i: number; key: number }[] = [];
    for (let i = start; i < end; i++) order.push({ i, key: held.get(i) ?? (f < free.length ? free[f++] : this.next++) });
    this.order = order;
    this.spare = free.slice(f);
    return order.map((r) => r.key);
  }
}
