/**
 * Will an operation fit in the browser's storage? Asked before a large import or a restore,
 * so the user hears "this will not fit" before the work, not a quota error halfway.
 *
 * Stored bytes per byte of the file, estimated from `npm run bench` (group trust): the demo's
 * contacts take about 10 MB per 10,000 in IndexedDB (rows, their Yjs document and its
 * history), while the same contacts as CSV take about 2 MB; a backup holds each document
 * once, compacted, and restoring adds the rows projected from it.
 */
export const STORED_PER_FILE_BYTE = { import: 6, restore: 3 } as const;

/** Below this share of free space left after the operation, say it is tight. */
const TIGHT_SHARE = 0.8;

export type FitVerdict =
  | { kind: 'unknown' }
  | { kind: 'fits'; need: number; free: number }
  | { kind: 'tight'; need: number; free: number }
  | { kind: 'wontFit'; need: number; free: number };

/** `estimate` is what navigator.storage.estimate() answered (null when the browser says nothing). */
export function storageFit(
  fileBytes: number,
  operation: keyof typeof STORED_PER_FILE_BYTE,
  estimate: { usage?: number; quota?: number } | null,
): FitVerdict {
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return { kind: 'unknown' };
  const need = Math.ceil(fileBytes * STORED_PER_FILE_BYTE[operation]);
  const free = Math.max(0, estimate.quota - estimate.usage);
  if (need > free) return { kind: 'wontFit', need, free };
  if (need > free * TIGHT_SHARE) return { kind: 'tight', need, free };
  return { kind: 'fits', need, free };
}
