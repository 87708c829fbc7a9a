import * as Y from 'yjs';

/**
 * The envelope: the Hocuspocus document that carries one Kith doc. Its only
 * content is a list of encrypted blobs (see envelopeCrypto.ts); the relay
 * merges and stores it like any Yjs doc without being able to read a byte.
 */
export const BLOBS = 'blobs';

export function blobList(envelope: Y.Doc): Y.Array<Uint8Array> {
  return envelope.getArray<Uint8Array>(BLOBS);
}

/** Hocuspocus document name of a Kith doc: the workspace id scopes it on the relay. */
export function envelopeName(workspaceId: string, docId: string): string {
  return `${workspaceId}/${docId}`;
}

/**
 * Replaces every blob this client has applied by one snapshot that covers
 * them. Only the blobs present here are deleted: a blob another client
 * appended concurrently is a separate Yjs item and survives the merge.
 */
export function replaceWithSnapshot(envelope: Y.Doc, snapshot: Uint8Array, covered: number, origin: unknown): void {
  const list = blobList(envelope);
  envelope.transact(() => {
    list.insert(0, [snapshot]);
    list.delete(1, Math.min(covered, list.length - 1));
  }, origin);
}
