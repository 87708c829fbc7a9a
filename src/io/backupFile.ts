/**
 * The backup file: one binary container for a whole workspace.
 *
 *   "KITHBAK1" | u32 header length | header JSON | payload
 *
 * The header says whether the payload is encrypted (AES-GCM-256, key from the
 * passphrase by PBKDF2-SHA256 with 600,000 iterations, both WebCrypto) and
 * carries the SHA-256 of the plain payload, so a damaged file is caught before
 * anything is written. The payload is a manifest JSON (u32 length first) and
 * the blobs it lists, one after another.
 */
const MAGIC = 'KITHBAK1';
export const PBKDF2_ITERATIONS = 600_000;

export interface BackupHeader {
  format: 1;
  createdAt: string;
  workspace: string;
  encrypted: boolean;
  salt?: string;
  iv?: string;
  iterations?: number;
  sha256: string;
}

export interface BackupContent {
  /** Each Y.Doc of the workspace as one update (its full state). */
  docs: { id: string; update: Uint8Array }[];
  /** Rows of the meta table (workspace info, import logs, settings). */
  meta: { key: string; value: unknown }[];
  /** Record counts at backup time, for the restore summary. */
  counts: Record<string, number>;
}

export class BackupError extends Error {
  constructor(
    readonly code: 'not-a-backup' | 'damaged' | 'passphrase' | 'needs-passphrase',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

async function key(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function encodePayload(c: BackupContent): Uint8Array {
  const manifest = enc.encode(JSON.stringify({ docs: c.docs.map((d) => ({ id: d.id, length: d.update.length })), meta: c.meta, counts: c.counts }));
  return concat([u32(manifest.length), manifest, ...c.docs.map((d) => d.update)]);
}

function decodePayload(p: Uint8Array): BackupContent {
  const view = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const n = view.getUint32(0, true);
  const m = JSON.parse(dec.decode(p.subarray(4, 4 + n))) as { docs: { id: string; length: number }[]; meta: BackupContent['meta']; counts: Record<string, number> };
  let o = 4 + n;
  const docs = m.docs.map((d) => {
    const update = p.slice(o, o + d.length);
    o += d.length;
    return { id: d.id, update };
  });
  if (o !== p.length) throw new BackupError('damaged', 'The backup file is damaged: its contents do not add up.');
  return { docs, meta: m.meta, counts: m.counts };
}

export async function writeBackup(content: BackupContent, workspace: string, passphrase?: string): Promise<Uint8Array> {
  const plain = encodePayload(content);
  const sha256 = hex(await crypto.subtle.digest('SHA-256', plain as BufferSource));
  const header: BackupHeader = { format: 1, createdAt: new Date().toISOString(), workspace, encrypted: !!passphrase, sha256 };
  let payload = plain;
  if (passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const k = await key(passphrase, salt, PBKDF2_ITERATIONS);
    payload = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k, plain as BufferSource));
    Object.assign(header, { salt: b64(salt), iv: b64(iv), iterations: PBKDF2_ITERATIONS });
  }
  const h = enc.encode(JSON.stringify(header));
  return concat([enc.encode(MAGIC), u32(h.length), h, payload]);
}

/** Reads only the header: whether a passphrase is needed, and when the backup was made. */
export function backupHeader(file: Uint8Array): BackupHeader {
  if (file.length < 12 || dec.decode(file.subarray(0, 8)) !== MAGIC) throw new BackupError('not-a-backup', 'This is not a Kith backup file.');
  const n = new DataView(file.buffer, file.byteOffset + 8, 4).getUint32(0, true);
  try {
    return JSON.parse(dec.decode(file.subarray(12, 12 + n))) as BackupHeader;
  } catch {
    throw new BackupError('damaged', 'The backup file is damaged: its header cannot be read.');
  }
}

export async function readBackup(file: Uint8Array, passphrase?: string): Promise<{ header: BackupHeader; content: BackupContent }> {
  const header = backupHeader(file);
  const n = new DataView(file.buffer, file.byteOffset + 8, 4).getUint32(0, true);
  let payload = file.subarray(12 + n);
  if (header.encrypted) {
    if (!passphrase) throw new BackupError('needs-passphrase', 'This backup is encrypted: enter its passphrase.');
    const k = await key(passphrase, unb64(header.salt!), header.iterations ?? PBKDF2_ITERATIONS);
    try {
      payload = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(header.iv!) as BufferSource }, k, payload as BufferSource));
    } catch {
      throw new BackupError('passphrase', 'The passphrase is wrong, or the file is damaged.');
    }
  }
  if (hex(await crypto.subtle.digest('SHA-256', payload as BufferSource)) !== header.sha256) throw new BackupError('damaged', 'The backup file is damaged: its checksum does not match.');
  try {
    return { header, content: decodePayload(payload) };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError('damaged', 'The backup file is damaged: its contents cannot be read.');
  }
}
