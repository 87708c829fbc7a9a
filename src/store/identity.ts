import type { TeamMember } from '../domain/entities/index.ts';

/**
 * Who uses this device, per workspace: a team member. Kept in the `meta`
 * table (never synced: each device says who it is), while the member record
 * itself (name, colour) is shared workspace data.
 */
export interface Identity {
  memberId: string;
  name: string;
  color: string;
  initials: string;
  /** False while the identity is a default the person has not confirmed. */
  confirmed: boolean;
}

export const IDENTITY_KEY = 'identity';

/** What the meta row holds; name and colour are read from the member record, so a rename shows everywhere. */
export interface IdentityRow {
  memberId: string;
  confirmed: boolean;
}

const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#4d7c0f'];

/** A stable colour for a member without one: the same on every device. */
export function colorOf(member: Pick<TeamMember, 'id' | 'color'>): string {
  if (member.color) return member.color;
  let h = 0;
  for (const ch of member.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** Two letters for an avatar: first and last word's initials, or the first two characters of a one-word (e.g. Chinese) name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return [...words[0]].slice(0, 2).join('').toUpperCase();
  return ([...words[0]][0] + [...words[words.length - 1]][0]).toUpperCase();
}

export function identityOf(member: TeamMember, confirmed: boolean): Identity {
  return { memberId: member.id, name: member.name, color: colorOf(member), initials: initialsOf(member.name), confirmed };
}
