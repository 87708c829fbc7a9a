/**
 * The named customer segment of an RFM profile, from its recency and frequency scores
 * (the usual R x F grid; monetary follows frequency closely and would only split cells).
 * `none` is someone with no paid order yet as of the date: not a customer. Listed best first.
 */
export const RFM_SEGMENTS = ['champions', 'loyal', 'promising', 'needsAttention', 'atRisk', 'hibernating', 'none'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export function rfmSegment(r: number | undefined, f: number | undefined): RfmSegment {
  if (r === undefined || f === undefined) return 'none';
  if (r >= 4 && f >= 4) return 'champions';
  if (r >= 3 && f >= 3) return 'loyal';
  if (r >= 4) return 'promising';
  if (r === 3) return 'needsAttention';
  if (f >= 3) return 'atRisk';
  return 'hibernating';
}
