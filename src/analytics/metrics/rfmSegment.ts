import type { RfmSegment } from '../../domain/segments/rfmSegments.ts';

export { RFM_SEGMENTS, type RfmSegment } from '../../domain/segments/rfmSegments.ts';

/**
 * The named customer segment of an RFM profile, from its recency and frequency scores
 * (the usual R x F grid; monetary follows frequency closely and would only split cells).
 */
export function rfmSegment(r: number | undefined, f: number | undefined): RfmSegment {
  if (r === undefined || f === undefined) return 'none';
  if (r >= 4 && f >= 4) return 'champions';
  if (r >= 3 && f >= 3) return 'loyal';
  if (r >= 4) return 'promising';
  if (r === 3) return 'needsAttention';
  if (f >= 3) return 'atRisk';
  return 'hibernating';
}
