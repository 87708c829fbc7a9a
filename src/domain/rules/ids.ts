import { hash32 } from '../campaigns/split.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID-shaped id derived from a key: every device that fires the same rule
 * for the same event computes the same id, so their writes land on one record.
 * The time part is the event's, so lists still sort by when things happened.
 */
export function derivedId(key: string, atMs: number): string {
  let ms = Math.max(0, Math.floor(atMs));
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  let rest = '';
  for (let salt = 0; rest.length < 16; salt++) {
    let h = hash32(`${salt}\u0000${key}`);
    for (let j = 0; j < 6 && rest.length < 16; j++) {
      rest += ALPHABET[h & 31];
      h >>>= 5;
    }
  }
  return time + rest;
}

export const firingId = (ruleId: string, eventId: string, atMs: number): string => derivedId(`fire\u0000${ruleId}\u0000${eventId}`, atMs);
export const effectId = (firing: string, index: number, atMs: number): string => derivedId(`effect\u0000${firing}\u0000${index}`, atMs);
