/** Workspace-wide events other tabs must follow: a reset replaces the database under them. */
/** `from`: the tab that asked for it, which follows along itself and ignores its own messages. */
export type LifecycleMessage = { type: 'resetting' | 'reset'; from: string };

export function lifecycleChannel(workspace: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`kith-lifecycle:${workspace}`);
}
