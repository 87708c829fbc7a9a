import type { Purchase } from './purchases.ts';
import { monthIndex, monthLabel } from './months.ts';
import { purchaseHistories, rfmOf, rfmScores } from './rfm.ts';
import { RFM_SEGMENTS, rfmSegment, type RfmSegment } from './rfmSegment.ts';

/** Each customer's RFM segment at the end of each month: the monthly profile snapshot. */
export interface SegmentHistory {
  /** "YYYY-MM", oldest first. */
  months: string[];
  /** contactId -> segment index (RFM_SEGMENTS) per month; contacts absent from the map were 'none' throughout. */
  byContact: Map<string, Uint8Array>;
}

const NONE = RFM_SEGMENTS.indexOf('none');

/** Months of snapshots the app keeps: the movement view, the card's trail and customer_segment_monthly in SQL. */
export const SNAPSHOT_MONTHS = 24;

/** Last instant of a month index (UTC). */
function monthEndMs(idx: number): number {
  return Date.UTC(Math.floor((idx + 1) / 12), (idx + 1) % 12, 1) - 1;
}

/**
 * Snapshots are derived from the order history, not stored: a backdated, imported or
 * refunded order changes the past months it belongs to, and the demo has its history at
 * first open. Each month is profiled exactly as the current profile is (metrics/rfm.ts,
 * quintiles among that month's buyers), as of the month's last instant; the current
 * month is as of `nowMs`.
 */
export function segmentHistory(purchases: readonly Purchase[], nowMs: number, monthsBack: number): SegmentHistory {
  const last = monthIndex(nowMs);
  const months: string[] = [];
  const byContact = new Map<string, Uint8Array>();
  const n = Math.max(1, monthsBack);
  for (let i = 0; i < n; i++) {
    const idx = last - n + 1 + i;
    months.push(monthLabel(idx));
    const asOf = Math.min(monthEndMs(idx), nowMs);
    const histories = [...purchaseHistories(purchases, asOf)];
    const rfms = histories.map(([, h]) => rfmOf(h, asOf));
    const scores = rfmScores(rfms);
    histories.forEach(([id], j) => {
      let row = byContact.get(id);
      if (!row) byContact.set(id, (row = new Uint8Array(n).fill(NONE)));
      row[i] = RFM_SEGMENTS.indexOf(rfmSegment(scores[j].r, scores[j].f));
    });
  }
  return { months, byContact };
}

export function segmentAt(h: SegmentHistory, contactId: string, month: number): RfmSegment {
  const row = h.byContact.get(contactId);
  return RFM_SEGMENTS[row ? row[month] : NONE];
}

/** Customers who moved between two segments in a month (from the month before's snapshot to this one's). */
export interface Movement {
  month: string;
  previous: string;
  /** counts[from][to] over RFM_SEGMENTS indices; stayers on the diagonal. */
  counts: number[][];
  /** Contact ids per cell, key `${from}>${to}` (segment names); stayers are not listed. */
  moved: Record<string, string[]>;
}

export function movementIn(h: SegmentHistory, month: string): Movement | null {
  const i = h.months.indexOf(month);
  if (i < 1) return null;
  const k = RFM_SEGMENTS.length;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const moved: Record<string, string[]> = {};
  for (const [id, row] of h.byContact) {
    const a = row[i - 1];
    const b = row[i];
    if (a === NONE && b === NONE) continue;
    counts[a][b]++;
    if (a !== b) (moved[`${RFM_SEGMENTS[a]}>${RFM_SEGMENTS[b]}`] ??= []).push(id);
  }
  return { month, previous: h.months[i - 1], counts, moved };
}
