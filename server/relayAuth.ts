import { createHash, timingSafeEqual } from 'node:crypto';
import type { RelayStorage } from './relayStorage.ts';

/**
 * Token scheme (documented in README, "Sync relay"):
 * - A workspace has two random tokens made by its creator: read-write and
 *   read-only. Invites carry one of them in the URL fragment; the relay
 *   stores only their SHA-256 hashes.
 * - The connection token is JSON `{"t": token}`. The creator's first
 *   connection also carries `"ro": sha256(readOnlyToken)`: for a workspace the
 *   relay has never seen, that claim registers sha256(t) as the read-write hash
 *   and `ro` as the read-only hash (trust on first use). Set
 *   RELAY_ALLOW_NEW=0 to refuse new workspaces once yours exist.
 */
export type Access = 'rw' | 'ro';

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const HEX64 = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function workspaceOf(documentName: string): string {
  const ws = documentName.split('/')[0];
  if (!ID.test(ws) || !/^[^/]+\/[A-Za-z0-9_-]{1,64}$/.test(documentName)) throw new Error(`bad document name ${documentName}`);
  return ws;
}

export function authorize(storage: RelayStorage, documentName: string, rawToken: string, allowNew: boolean): Access {
  const ws = workspaceOf(documentName);
  let parsed: { t?: unknown; ro?: unknown };
  try {
    parsed = JSON.parse(rawToken) as { t?: unknown; ro?: unknown };
  } catch {
    throw new Error('token is not JSON');
  }
  if (typeof parsed.t !== 'string' || parsed.t.length < 16) throw new Error('no token');
  const hash = sha256Hex(parsed.t);
  let tokens = storage.tokens(ws);
  if (!tokens) {
    if (!allowNew) throw new Error('unknown workspace');
    if (typeof parsed.ro !== 'string' || !HEX64.test(parsed.ro) || parsed.ro === hash) throw new Error('unknown workspace');
    tokens = storage.claim(ws, { rwHash: hash, roHash: parsed.ro });
  }
  if (same(hash, tokens.rwHash)) return 'rw';
  if (same(hash, tokens.roHash)) return 'ro';
  throw new Error('token not valid for this workspace');
}
