/**
 * Named RFM segments, best first (the grid that assigns them is src/analytics/metrics/rfmSegment.ts).
 * Here, beside the profile fields, because segment rules may test them.
 * `none` is someone with no paid order yet as of the date: not a customer.
 */
export const RFM_SEGMENTS = ['champions', 'loyal', 'promising', 'needsAttention', 'atRisk', 'hibernating', 'none'] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];
