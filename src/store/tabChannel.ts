/** Tells the other tabs of this browser about an update that is already on disk. */
export interface TabMessage {
  docId: string;
  update: Uint8Array;
}

export interface TabChannel {
  post(msg: TabMessage): void;
  onMessage(fn: (msg: TabMessage) => void): () => void;
  close(): void;
}

export function openTabChannel(workspace: string): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const ch = new BroadcastChannel(`kith:${workspace}`);
  const listeners = new Set<(m: TabMessage) => void>();
  ch.onmessage = (e: MessageEvent<TabMessage>) => {
    const m = e.data;
    if (m && typeof m.docId === 'string' && m.update instanceof Uint8Array) for (const l of listeners) l(m);
  };
  return {
    post: (m) => ch.postMessage(m),
    onMessage(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close: () => ch.close(),
  };
}
