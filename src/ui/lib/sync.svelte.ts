import type { PageWorkspace } from './session.svelte.ts';
import { t } from '../i18n/index.svelte.ts';
import { probeInvite, runSync } from '../../sync/leader.ts';
import { initialStatus } from '../../sync/status.ts';
import {
  configFromInvite,
  InviteError,
  joinedWorkspaceName,
  loadSyncConfig,
  newWorkspaceConfig,
  parseInvite,
  saveSyncConfig,
  setCurrentWorkspaceName,
  type SyncConfig,
} from '../../sync/syncConfig.ts';

type JoinState =
  | { phase: 'none' }
  | { phase: 'checking' }
  | { phase: 'downloading' }
  /** Downloaded: the new teammate says who they are (their member record syncs to the team). */
  | { phase: 'introduce' }
  | { phase: 'failed'; reason: 'cannot-decrypt' | 'unauthorized' | 'unreachable' | 'damaged'; detail: string };

/** Sync as the shell and Settings -> Team see it. */
export const sync = $state({
  config: null as SyncConfig | null,
  status: initialStatus(),
  leader: false,
  join: { phase: 'none' } as JoinState,
});

let stop: (() => void) | null = null;
let current: PageWorkspace | null = null;

/** Starts (or restarts) syncing the open workspace if it is shared. Called by the session after every open. */
export async function startSync(ws: PageWorkspace): Promise<void> {
  stop?.();
  stop = null;
  current = ws;
  sync.config = loadSyncConfig(ws.name);
  sync.status = initialStatus(sync.config?.access === 'ro');
  // A read-only member's store refuses every command (the relay would refuse the writes anyway).
  await ws.store.setReadOnly(sync.config?.access === 'ro' ? t('sync.readOnlyRefused') : null);
  if (!sync.config) return;
  const docIds = await ws.store.docIds();
  stop = runSync({
    workspace: ws.name,
    config: sync.config,
    store: ws.store,
    docIds,
    onStatus: (s, leader) => {
      sync.status = s;
      sync.leader = leader;
      if (sync.join.phase === 'downloading' && s.docsTotal > 0 && s.docsSynced === s.docsTotal && s.connection === 'online') {
        sync.join = sync.config?.access === 'rw' ? { phase: 'introduce' } : { phase: 'none' };
      }
    },
    presence: async () => {
      const me = await ws.store.identity();
      return me ? { memberId: me.memberId, name: me.name, color: me.color } : null;
    },
  });
}

export function stopSync(): void {
  stop?.();
  stop = null;
  sync.status = initialStatus();
}

/** Settings -> Team: share this device's workspace through a relay (this device becomes its first writer). */
export async function shareWorkspace(relay: string): Promise<void> {
  if (!current) throw new Error('no workspace open');
  const config = await newWorkspaceConfig(relay.trim());
  saveSyncConfig(current.name, config);
  await startSync(current);
}

/** The joined teammate's name and e-mail: a member record of the workspace, and this device's identity. */
export async function introduce(name: string, email: string): Promise<void> {
  const { joinAs } = await import('./identity.svelte.ts');
  await joinAs({ name: name.trim(), email: email.trim(), role: 'sales' });
  sync.join = { phase: 'none' };
}

/** Stops syncing on this device; the local copy stays. */
export function leaveSharing(): void {
  if (!current) return;
  stopSync();
  void current.store.setReadOnly(null);
  saveSyncConfig(current.name, null);
  sync.config = null;
}

/**
 * Opening an invite link: read the fragment, prove the key against the relay,
 * and only then create the joined workspace. Returns its name, or null when
 * the join screen shows why it cannot (nothing is written then).
 */
export async function acceptInvite(hash: string): Promise<string | null> {
  sync.join = { phase: 'checking' };
  let config: SyncConfig;
  try {
    config = await configFromInvite(parseInvite(hash));
  } catch (e) {
    sync.join = { phase: 'failed', reason: 'damaged', detail: e instanceof InviteError ? e.message : String(e) };
    return null;
  }
  const verdict = await probeInvite(config);
  if (verdict !== 'ok') {
    sync.join = { phase: 'failed', reason: verdict, detail: '' };
    return null;
  }
  const name = joinedWorkspaceName(config.workspaceId);
  saveSyncConfig(name, config);
  setCurrentWorkspaceName(name);
  // The key must not stay in the address bar or the history.
  history.replaceState(null, '', `${location.pathname}${location.search}#/contacts`);
  sync.join = { phase: 'downloading' };
  return name;
}
