/**
 * What sync needs from the store (the store worker's inbound API, see
 * src/store/remote.ts): apply a decrypted remote update (persisted and
 * projected once), and say what this device has that the relay lacks.
 */
export interface SyncStore {
  applyRemote(docId: string, update: Uint8Array): Promise<void>;
  encodeStateAsUpdate(docId: string, stateVector?: Uint8Array): Promise<Uint8Array>;
}

export type CommitOrigin = 'user' | 'tab' | 'remote' | string;
