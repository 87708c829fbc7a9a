/**
 * Control groups: whether a contact is held back from a campaign depends only
 * on the contact id and campaign id, so every device, and a re-run next week,
 * draws the same line without storing a list.
 */

/** FNV-1a over UTF-16 code units, then murmur3's finaliser: FNV alone leaves similar ids (ULIDs) clustered in the low bits. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform draw in [0, 1) for this contact in this campaign. */
export function draw(contactId: string, campaignId: string): number {
  return hash32(`${campaignId}\u0000${contactId}`) / 2 ** 32;
}

export function inControl(contactId: string, campaignId: string, controlShare: number): boolean {
  if (!(controlShare > 0)) return false;
  return draw(contactId, campaignId) < Math.min(controlShare, 1);
}

export interface Split<T> {
  treatment: T[];
  control: T[];
}

/** Splits an audience into treatment and control, keeping the audience's order within each group. */
export function splitAudience<T>(audience: readonly T[], idOf: (m: T) => string, campaignId: string, controlShare: number): Split<T> {
  const out: Split<T> = { treatment: [], control: [] };
  for (const m of audience) (inControl(idOf(m), campaignId, controlShare) ? out.control : out.treatment).push(m);
  return out;
}
