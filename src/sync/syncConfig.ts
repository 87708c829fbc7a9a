import { fromBase64Url, sha256Hex, toBase64Url } from './base64.ts';
import { newKeyBytes } from './envelopeCrypto.ts';

/**
 * This device's membership of a shared workspace. Kept in localStorage (the
 * key is as private as the data beside it in IndexedDB, and never leaves the
 * device except inside an invite link's fragment).
 */
export interface SyncConfig {
  relay: string;
  workspaceId: string;
  /** The token this device connects with. */
  token: string;
  /** The read-only token, known to writers so they can invite read-only teammates. */
  roToken?: string;
  /** sha256 of the read-only token: registers the workspace with a relay on first connect. */
  roHash?: string;
  key: string;
  access: 'rw' | 'ro';
}

export interface Invite {
  v: 1;
  relay: string;
  workspaceId: string;
  token: string;
  roToken?: string;
  key: string;
  access: 'rw' | 'ro';
}

const PREFIX = '#join=';

export async function newWorkspaceConfig(relay: string): Promise<SyncConfig> {
  const roToken = toBase64Url(newKeyBytes());
  return {
    relay,
    workspaceId: `w${toBase64Url(newKeyBytes()).slice(0, 20)}`,
    token: toBase64Url(newKeyBytes()),
    roToken,
    roHash: await sha256Hex(roToken),
    key: toBase64Url(newKeyBytes()),
    access: 'rw',
  };
}

/** The link a teammate opens; everything after `#` stays in their browser (never sent to a server). */
export function inviteLink(base: string, c: SyncConfig, access: 'rw' | 'ro'): string {
  if (c.access !== 'rw' || !c.roToken) throw new Error('only a writer can invite');
  const invite: Invite = {
    v: 1,
    relay: c.relay,
    workspaceId: c.workspaceId,
    token: access === 'rw' ? c.token : c.roToken,
    ...(access === 'rw' ? { roToken: c.roToken } : {}),
    key: c.key,
    access,
  };
  return `${base.replace(/#.*$/, '')}${PREFIX}${toBase64Url(new TextEncoder().encode(JSON.stringify(invite)))}`;
}

export function isInviteHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

export class InviteError extends Error {}

/** Reads an invite fragment; says what is wrong with a damaged one. */
export function parseInvite(hash: string): Invite {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(hash.slice(PREFIX.length))));
  } catch {
    throw new InviteError('the invite link is damaged (it is not a Kith invite)');
  }
  const i = raw as Partial<Invite>;
  if (i.v !== 1) throw new InviteError('the invite link is damaged (unknown version)');
  if (typeof i.relay !== 'string' || !/^wss?:\/\//.test(i.relay)) throw new InviteError('the invite link is damaged (relay address)');
  if (typeof i.workspaceId !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(i.workspaceId)) throw new InviteError('the invite link is damaged (workspace id)');
  if (typeof i.token !== 'string' || i.token.length < 16) throw new InviteError('the invite link is damaged (token)');
  if (i.access !== 'rw' && i.access !== 'ro') throw new InviteError('the invite link is damaged (access)');
  if (typeof i.key !== 'string') throw new InviteError('the invite link is damaged (key)');
  return i as Invite;
}

export async function configFromInvite(i: Invite): Promise<SyncConfig> {
  return {
    relay: i.relay,
    workspaceId: i.workspaceId,
    token: i.token,
    roToken: i.roToken,
    roHash: i.roToken ? await sha256Hex(i.roToken) : undefined,
    key: i.key,
    access: i.access,
  };
}

/** Key bytes, or null when the text cannot be a 256-bit key (the join screen then says it cannot decrypt). */
export function keyBytes(c: SyncConfig): Uint8Array | null {
  try {
    const k = fromBase64Url(c.key);
    return k.length === 32 ? k : null;
  } catch {
    return null;
  }
}

// ---- which workspace this browser opens, and its sync settings ------------------

const CURRENT = 'kith.workspace';
const configKey = (workspace: string) => `kith.sync.${workspace}`;

export function currentWorkspaceName(fallback: string): string {
  return (typeof localStorage !== 'undefined' && localStorage.getItem(CURRENT)) || fallback;
}

export function setCurrentWorkspaceName(name: string): void {
  localStorage.setItem(CURRENT, name);
}

export function loadSyncConfig(workspace: string): SyncConfig | null {
  try {
    const raw = localStorage.getItem(configKey(workspace));
    return raw ? (JSON.parse(raw) as SyncConfig) : null;
  } catch {
    return null;
  }
}

export function saveSyncConfig(workspace: string, c: SyncConfig | null): void {
  if (c) localStorage.setItem(configKey(workspace), JSON.stringify(c));
  else localStorage.removeItem(configKey(workspace));
}

export function joinedWorkspaceName(workspaceId: string): string {
  return `ws-${workspaceId}`;
}
