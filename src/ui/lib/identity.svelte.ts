import type { Identity } from '../../store/identity.ts';
import { workspace } from './session.svelte.ts';

export type { Identity };

/**
 * The member using this device (id, name, colour, initials). The store worker
 * knows it too and stamps every change with it; the page reads it here for
 * avatars, "owner" defaults and "This is me" in Settings.
 */
export const me = $state<{ current: Identity | null }>({ current: null });

/** Reads who this device is from the store worker (a default member until the person confirms). */
export async function loadIdentity(): Promise<Identity | null> {
  me.current = await workspace().store.identity();
  return me.current;
}

/** "This is me": from now on this device writes as that member. */
export async function setIdentity(memberId: string): Promise<Identity> {
  me.current = await workspace().store.setIdentity(memberId);
  return me.current;
}

/** Joining by invite as a new teammate: creates the member record and uses it. */
export async function joinAs(member: { name: string; email: string; role: 'sales' | 'support' | 'marketing' | 'manager' | 'admin'; color?: string }): Promise<Identity> {
  me.current = await workspace().store.joinAs(member);
  return me.current;
}

/** The current member's id, for "owner" and "logged by" defaults in forms. */
export function myId(): string | undefined {
  return me.current?.memberId;
}
