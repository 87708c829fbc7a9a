/** What the shell shows about sync: connection, changes not yet on the relay, refused blobs, who is here. */
export type Connection = 'off' | 'connecting' | 'syncing' | 'online' | 'offline';
export type Fatal = 'cannot-decrypt' | 'unauthorized' | null;

export interface Refusal {
  docId: string;
  reason: string;
  at: string;
}

export interface Peer {
  clientId: number;
  memberId: string;
  name: string;
  color: string;
  /** The hash route the teammate is looking at, e.g. "#/contacts/01J…". */
  route: string;
}

export interface SyncStatus {
  connection: Connection;
  fatal: Fatal;
  readOnly: boolean;
  /** Local changes not yet acknowledged by the relay. */
  pending: number;
  /** Docs whose first download from the relay has finished, of all docs. */
  docsSynced: number;
  docsTotal: number;
  bytesIn: number;
  bytesOut: number;
  refused: Refusal[];
  peers: Peer[];
}

export function initialStatus(readOnly = false): SyncStatus {
  return { connection: 'off', fatal: null, readOnly, pending: 0, docsSynced: 0, docsTotal: 0, bytesIn: 0, bytesOut: 0, refused: [], peers: [] };
}
