/**
 * One encrypted blob of the envelope: every Kith update crosses the relay as
 * one of these, so the relay only ever stores and forwards ciphertext.
 *
 *   byte 0      format version (1)
 *   byte 1      kind: 1 = incremental update, 2 = snapshot (covers earlier blobs)
 *   bytes 2-13  AES-GCM IV, 96 random bits, fresh for every blob
 *   rest        AES-256-GCM ciphertext followed by its 128-bit tag
 *
 * The additional data binds the workspace id, the doc id, the version and the
 * kind, so a blob copied from another workspace or another doc (or relabelled
 * as a snapshot) fails authentication exactly like a tampered one.
 */
export const BLOB_VERSION = 1;
export type BlobKind = 'update' | 'snapshot';
const KIND_BYTE: Record<BlobKind, number> = { update: 1, snapshot: 2 };
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = 2 + IV_BYTES;

export type EnvelopeErrorReason = 'truncated' | 'version' | 'auth';

/** A blob this device refuses: never applied, reported with its reason. */
export class EnvelopeError extends Error {
  constructor(readonly reason: EnvelopeErrorReason, message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

export interface BlobScope {
  workspaceId: string;
  docId: string;
}

const enc = new TextEncoder();

function additionalData(scope: BlobScope, kindByte: number): Uint8Array {
  // NUL separators: ids never contain NUL, so ("a","bc") and ("ab","c") differ.
  return enc.encode(`kith-envelope\0${BLOB_VERSION}\0${kindByte}\0${scope.workspaceId}\0${scope.docId}`);
}

/** A fresh 256-bit workspace key, as raw bytes (it travels in the invite's URL fragment). */
export function newKeyBytes(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

export async function importKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== 32) throw new EnvelopeError('auth', `a workspace key has 32 bytes, this one has ${raw.length}`);
  return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function encryptBlob(key: CryptoKey, scope: BlobScope, kind: BlobKind, plaintext: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const kindByte = KIND_BYTE[kind];
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(scope, kindByte) as Uint8Array<ArrayBuffer>, tagLength: TAG_BYTES * 8 },
      key,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
  const out = new Uint8Array(HEADER_BYTES + sealed.length);
  out[0] = BLOB_VERSION;
  out[1] = kindByte;
  out.set(iv, 2);
  out.set(sealed, HEADER_BYTES);
  return out;
}

export interface OpenedBlob {
  kind: BlobKind;
  plaintext: Uint8Array;
}

/** Decrypts and authenticates one blob; throws EnvelopeError for anything that is not exactly what a member wrote for this doc. */
export async function decryptBlob(key: CryptoKey, scope: BlobScope, blob: Uint8Array): Promise<OpenedBlob> {
  if (!(blob instanceof Uint8Array) || blob.length < HEADER_BYTES + TAG_BYTES) {
    throw new EnvelopeError('truncated', `blob of ${blob?.length ?? 0} bytes is shorter than header and tag`);
  }
  if (blob[0] !== BLOB_VERSION) throw new EnvelopeError('version', `unknown blob format ${blob[0]}`);
  const kindByte = blob[1];
  const kind = kindByte === 1 ? 'update' : kindByte === 2 ? 'snapshot' : null;
  if (!kind) throw new EnvelopeError('version', `unknown blob kind ${kindByte}`);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: blob.subarray(2, HEADER_BYTES) as Uint8Array<ArrayBuffer>, additionalData: additionalData(scope, kindByte) as Uint8Array<ArrayBuffer>, tagLength: TAG_BYTES * 8 },
      key,
      blob.subarray(HEADER_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return { kind, plaintext: new Uint8Array(plain) };
  } catch {
    // AES-GCM cannot tell a wrong key from a changed byte or a foreign scope, nor should it.
    throw new EnvelopeError('auth', 'blob failed authentication (tampered, truncated, wrong key or another workspace)');
  }
}
