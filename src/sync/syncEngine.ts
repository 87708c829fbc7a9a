import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { fromBase64Url, toBase64Url } from './base64.ts';
import { DocSync } from './docSync.ts';
import { blobList, envelopeName } from './envelope.ts';
import { decryptBlob, encryptBlob, importKey } from './envelopeCrypto.ts';
import { initialStatus, type Peer, type SyncStatus } from './status.ts';
import type { CommitOrigin, SyncStore } from './syncStore.ts';

/** The doc whose one blob proves the key: a wrong key is found before anything is written. */
export const KEYCHECK_DOC = '_keycheck';
const PRESENCE_SCOPE = '_presence';

export interface EngineConfig {
  relay: string;
  workspaceId: string;
  /** This device's relay token (read-write or read-only). */
  token: string;
  /** sha256 of the read-only token: lets the creator register the workspace on a relay that has never seen it. */
  roHash?: string;
  key: Uint8Array;
  readOnly: boolean;
  docIds: readonly string[];
}

export interface EngineOptions {
  onStatus?(s: SyncStatus): void;
  /** Node has no global WebSocket before v22: pass the `ws` package there. */
  WebSocketPolyfill?: unknown;
}

export type PresenceState = Omit<Peer, 'clientId'>;

/**
 * Talks to the relay for one workspace: first proves the key on the keycheck
 * envelope, then syncs every doc through its envelope, and shares encrypted
 * presence. Runs in the leader tab's sync worker, or in Node for benchmarks.
 */
export class SyncEngine {
  private socket: HocuspocusProviderWebsocket | null = null;
  private keycheck: HocuspocusProvider | null = null;
  private keycheckDoc = new Y.Doc();
  private docs = new Map<string, DocSync>();
  private key: CryptoKey | null = null;
  private verified = false;
  private status: SyncStatus;
  private emitTimer: ReturnType<typeof setTimeout> | null = null;
  private presence: PresenceState | null = null;
  private peers = new Map<number, Peer>();

  constructor(private config: EngineConfig, private store: SyncStore, private o: EngineOptions = {}) {
    this.status = initialStatus(config.readOnly);
    this.status.docsTotal = config.docIds.length;
  }

  get current(): SyncStatus {
    return this.snapshot();
  }

  async start(): Promise<void> {
    this.key = await importKey(this.config.key);
    this.status.connection = 'connecting';
    this.socket = new HocuspocusProviderWebsocket({
      url: this.config.relay,
      WebSocketPolyfill: this.o.WebSocketPolyfill,
      // Reconnect with exponential backoff and jitter, never giving up; capped low so a laptop back online catches up fast.
      delay: 500,
      factor: 2,
      minDelay: 500,
      maxDelay: 5000,
      jitter: true,
      maxAttempts: 0,
      onStatus: ({ status }) => {
        this.status.connection = status === WebSocketStatus.Connected ? 'syncing' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline';
        if (status === WebSocketStatus.Connected) for (const d of this.docs.values()) d.kick();
        this.changed();
      },
    });
    const token = JSON.stringify({ t: this.config.token, ...(this.config.roHash && !this.config.readOnly ? { ro: this.config.roHash } : {}) });
    this.keycheck = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: envelopeName(this.config.workspaceId, KEYCHECK_DOC),
      document: this.keycheckDoc,
      token,
      onSynced: () => void this.checkKey(token),
      onAuthenticationFailed: () => this.fail('unauthorized'),
      onAwarenessChange: () => void this.readPeers(),
    });
    this.keycheck.attach();
  }

  /** Nothing is decrypted into the store or sent before the key has opened the keycheck blob. */
  private async checkKey(token: string): Promise<void> {
    if (this.verified || this.status.fatal) return;
    const list = blobList(this.keycheckDoc);
    const expected = `kith-keycheck/${this.config.workspaceId}`;
    const scope = { workspaceId: this.config.workspaceId, docId: KEYCHECK_DOC };
    if (list.length === 0) {
      // A new workspace, or a relay that restarted empty: the writer puts the proof back.
      if (!this.config.readOnly) {
        const blob = await encryptBlob(this.key!, scope, 'update', new TextEncoder().encode(expected));
        this.keycheckDoc.transact(() => list.push([blob]));
      }
    } else {
      let ok = false;
      for (const blob of list.toArray()) {
        try {
          const { plaintext } = await decryptBlob(this.key!, scope, blob);
          if (new TextDecoder().decode(plaintext) === expected) ok = true;
        } catch {
          /* another blob may still open */
        }
      }
      if (!ok) return this.fail('cannot-decrypt');
    }
    this.verified = true;
    for (const docId of this.config.docIds) if (!this.docs.has(docId)) this.docs.set(docId, this.newDoc(docId, token));
    void this.publishPresence();
    this.changed();
  }

  private newDoc(docId: string, token: string): DocSync {
    return new DocSync(
      {
        key: this.key!,
        workspaceId: this.config.workspaceId,
        token,
        readOnly: this.config.readOnly,
        store: this.store,
        socket: this.socket!,
        verified: () => this.verified,
        changed: () => this.changed(),
        refuse: (d, reason) => {
          this.status.refused = [...this.status.refused.slice(-19), { docId: d, reason, at: new Date().toISOString() }];
          this.changed();
        },
        onAuthFailed: () => this.fail('unauthorized'),
      },
      docId,
    );
  }

  private fail(fatal: 'cannot-decrypt' | 'unauthorized'): void {
    this.status.fatal = fatal;
    this.stopConnections();
    this.changed();
  }

  /** The store committed an update: local ones (this tab or another tab of this browser) go to the relay. */
  committed(docId: string, origin: CommitOrigin): void {
    if (origin === 'remote') return;
    this.docs.get(docId)?.localCommit();
  }

  // ---- presence: the awareness state is one encrypted field -------------------

  async setPresence(p: PresenceState): Promise<void> {
    this.presence = p;
    await this.publishPresence();
  }

  private async publishPresence(): Promise<void> {
    if (!this.presence || !this.keycheck || !this.verified) return;
    const blob = await encryptBlob(this.key!, { workspaceId: this.config.workspaceId, docId: PRESENCE_SCOPE }, 'update', new TextEncoder().encode(JSON.stringify(this.presence)));
    this.keycheck.setAwarenessField('e', toBase64Url(blob));
  }

  private async readPeers(): Promise<void> {
    const awareness = this.keycheck?.awareness;
    if (!awareness || !this.key) return;
    const next = new Map<number, Peer>();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || typeof state.e !== 'string') continue;
      try {
        const { plaintext } = await decryptBlob(this.key, { workspaceId: this.config.workspaceId, docId: PRESENCE_SCOPE }, fromBase64Url(state.e));
        const p = JSON.parse(new TextDecoder().decode(plaintext)) as PresenceState;
        next.set(clientId, { clientId, memberId: String(p.memberId), name: String(p.name), color: String(p.color), route: String(p.route) });
      } catch {
        /* a state we cannot open is not a teammate of this workspace */
      }
    }
    this.peers = next;
    this.changed();
  }

  // ---- status -------------------------------------------------------------------

  private snapshot(): SyncStatus {
    const s = this.status;
    let pending = 0;
    let synced = 0;
    let bytesIn = 0;
    let bytesOut = 0;
    for (const d of this.docs.values()) {
      pending += d.pending + d.inFlight;
      if (d.synced) synced++;
      bytesIn += d.bytesIn;
      bytesOut += d.bytesOut;
    }
    let connection = s.connection;
    if (connection === 'syncing' && this.verified && synced === this.docs.size && pending === 0) connection = 'online';
    if (connection === 'online' && (!this.verified || synced < this.docs.size)) connection = 'syncing';
    return { ...s, connection, pending, docsSynced: synced, bytesIn, bytesOut, peers: [...this.peers.values()], refused: [...s.refused] };
  }

  private changed(): void {
    if (this.emitTimer || !this.o.onStatus) return;
    this.emitTimer = setTimeout(() => {
      this.emitTimer = null;
      this.o.onStatus?.(this.snapshot());
    }, 50);
  }

  /** Every envelope's blob count, for tests and benchmarks. */
  blobCounts(): Record<string, number> {
    return Object.fromEntries([...this.docs].map(([id, d]) => [id, d.blobCount]));
  }

  /** Resolves when every doc is synced and the relay has acknowledged every local change. */
  async settled(timeoutMs = 30_000): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const s = this.snapshot();
      if (s.fatal) throw new Error(`sync failed: ${s.fatal}`);
      if (this.verified && s.docsSynced === this.config.docIds.length && [...this.docs.values()].every((d) => d.idle)) return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`sync not settled: ${JSON.stringify({ ...s, peers: undefined })}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private stopConnections(): void {
    for (const d of this.docs.values()) d.destroy();
    this.docs.clear();
    this.keycheck?.destroy();
    this.keycheck = null;
    this.socket?.destroy();
    this.socket = null;
  }

  stop(): void {
    this.stopConnections();
    if (this.emitTimer) clearTimeout(this.emitTimer);
    this.status.connection = 'off';
  }
}
