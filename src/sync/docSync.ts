import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { blobList, envelopeName, replaceWithSnapshot } from './envelope.ts';
import { decryptBlob, encryptBlob, EnvelopeError, type BlobScope } from './envelopeCrypto.ts';
import type { SyncStore } from './syncStore.ts';

/** Marks envelope changes made here, so this client does not decrypt its own blobs back. */
export const PUSH = Symbol('kith-push');
/** Fold the blobs into one snapshot once the envelope holds this many. */
export const COMPACT_AT = 48;

export interface DocSyncContext {
  key: CryptoKey;
  workspaceId: string;
  token: string;
  readOnly: boolean;
  store: SyncStore;
  socket: HocuspocusProviderWebsocket;
  /** Whether the workspace key was verified (nothing is applied or sent before). */
  verified(): boolean;
  changed(): void;
  refuse(docId: string, reason: string): void;
  onAuthFailed(reason: string): void;
}

/**
 * One Kith doc <-> its envelope on the relay. `shadow` holds exactly what the
 * relay holds, decrypted: what this device must send is the store's state
 * minus the shadow's (re-sent whole to a relay that restarted empty), and a
 * snapshot of the shadow covers every blob it has applied.
 */
export class DocSync {
  readonly envelope = new Y.Doc();
  private shadow = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private queue: Promise<void> = Promise.resolve();
  private receiving = 0;
  private refusedHere = 0;
  /** Local commits not yet in a blob / in a blob the relay has not acknowledged. */
  pending = 0;
  inFlight = 0;
  synced = false;
  bytesIn = 0;
  bytesOut = 0;
  private pushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly scope: BlobScope;

  constructor(private ctx: DocSyncContext, readonly docId: string) {
    this.scope = { workspaceId: ctx.workspaceId, docId };
    blobList(this.envelope).observe((e) => {
      if (e.transaction.origin === PUSH) return;
      for (const item of e.changes.added) {
        for (const blob of item.content.getContent() as Uint8Array[]) {
          this.receiving++;
          this.enqueue(() =>
            this.receive(blob).finally(() => {
              if (--this.receiving === 0 && blobList(this.envelope).length >= COMPACT_AT) this.enqueue(() => this.maybeCompact());
            }),
          );
        }
      }
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: ctx.socket,
      name: envelopeName(ctx.workspaceId, docId),
      document: this.envelope,
      token: ctx.token,
      onSynced: () => {
        this.synced = true;
        if (!this.provider.hasUnsyncedChanges) this.inFlight = 0;
        this.enqueue(() => this.pushNow());
        ctx.changed();
      },
      onUnsyncedChanges: ({ number }) => {
        if (number === 0) this.inFlight = 0;
        ctx.changed();
      },
      onAuthenticationFailed: ({ reason }) => ctx.onAuthFailed(reason),
    });
    this.provider.attach();
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e) => this.ctx.refuse(this.docId, e instanceof Error ? e.message : String(e)));
  }

  private async receive(blob: Uint8Array): Promise<void> {
    let plaintext: Uint8Array;
    try {
      ({ plaintext } = await decryptBlob(this.ctx.key, this.scope, blob));
    } catch (e) {
      this.refusedHere++;
      this.ctx.refuse(this.docId, e instanceof EnvelopeError ? e.reason : 'malformed');
      return;
    }
    this.bytesIn += blob.length;
    Y.applyUpdate(this.shadow, plaintext, 'relay');
    await this.ctx.store.applyRemote(this.docId, plaintext);
    this.ctx.changed();
  }

  /** A local commit (this tab's or another tab's) happened: send it soon, batched. */
  localCommit(): void {
    this.pending++;
    this.ctx.changed();
    if (this.pushTimer) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = null;
      this.enqueue(() => this.pushNow());
    }, 30);
  }

  /** Called once the workspace key is verified (or on reconnection) to send what the relay lacks. */
  kick(): void {
    this.enqueue(() => this.pushNow());
  }

  private async pushNow(): Promise<void> {
    if (!this.synced || this.ctx.readOnly || !this.ctx.verified()) return;
    const before = Y.encodeStateVector(this.shadow);
    const covered = this.pending;
    const diff = await this.ctx.store.encodeStateAsUpdate(this.docId, before);
    Y.applyUpdate(this.shadow, diff, 'local');
    this.pending -= covered;
    if (sameBytes(before, Y.encodeStateVector(this.shadow))) {
      this.ctx.changed();
      return;
    }
    const blob = await encryptBlob(this.ctx.key, this.scope, 'update', diff);
    this.inFlight += Math.max(covered, 1);
    this.bytesOut += blob.length;
    this.envelope.transact(() => blobList(this.envelope).push([blob]), PUSH);
    this.ctx.changed();
    await this.maybeCompact();
  }

  /** Keeps relay storage bounded: one snapshot blob replaces the blobs it covers. */
  private async maybeCompact(): Promise<void> {
    const list = blobList(this.envelope);
    if (list.length < COMPACT_AT || this.refusedHere > 0 || this.ctx.readOnly || !this.ctx.verified()) return;
    const snapshot = await encryptBlob(this.ctx.key, this.scope, 'snapshot', Y.encodeStateAsUpdate(this.shadow));
    // Blobs that arrived while encrypting are not in the shadow yet: never delete what is not covered.
    if (this.receiving > 0) return;
    this.bytesOut += snapshot.length;
    replaceWithSnapshot(this.envelope, snapshot, list.length, PUSH);
  }

  /** Nothing received is waiting to be applied and no local commit is waiting to be sent. */
  get idle(): boolean {
    return this.receiving === 0 && this.pushTimer === null && this.pending === 0 && this.inFlight === 0;
  }

  get blobCount(): number {
    return blobList(this.envelope).length;
  }

  destroy(): void {
    if (this.pushTimer) clearTimeout(this.pushTimer);
    this.provider.destroy();
    this.envelope.destroy();
    this.shadow.destroy();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
