import { describe, expect, it } from 'vitest';
import { decryptBlob, encryptBlob, EnvelopeError, HEADER_BYTES, importKey, newKeyBytes } from '../../../src/sync/envelopeCrypto.ts';

const scope = { workspaceId: 'ws-alpha-0001', docId: 'contacts' };
const text = new TextEncoder().encode('Ada Lovelace <ada@example.com> +44 20 7946 0000');

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EnvelopeError) return e.reason;
    throw e;
  }
  return 'accepted';
}

describe('envelope crypto', () => {
  it('round-trips and never carries the plaintext', async () => {
    const key = await importKey(newKeyBytes());
    const blob = await encryptBlob(key, scope, 'update', text);
    const opened = await decryptBlob(key, scope, blob);
    expect(opened.kind).toBe('update');
    expect([...opened.plaintext]).toEqual([...text]);
    expect(Buffer.from(blob).includes(Buffer.from('Lovelace'))).toBe(false);
    expect(blob.length).toBe(HEADER_BYTES + text.length + 16);
  });

  it('uses a fresh IV for every blob', async () => {
    const key = await importKey(newKeyBytes());
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i++) ivs.add(Buffer.from((await encryptBlob(key, scope, 'update', text)).subarray(2, HEADER_BYTES)).toString('hex'));
    expect(ivs.size).toBe(200);
  });

  it('refuses every single flipped bit (header, IV, ciphertext, tag)', async () => {
    const key = await importKey(newKeyBytes());
    const blob = await encryptBlob(key, scope, 'snapshot', text);
    const reasons = new Set<string>();
    for (let i = 0; i < blob.length; i++) {
      const bad = blob.slice();
      bad[i] ^= 1 << (i % 8);
      reasons.add(await reason(decryptBlob(key, scope, bad)));
    }
    expect(reasons.has('accepted')).toBe(false);
    expect([...reasons].sort()).toEqual(['auth', 'version']);
  });

  it('refuses truncation at every length', async () => {
    const key = await importKey(newKeyBytes());
    const blob = await encryptBlob(key, scope, 'update', text);
    for (let n = 0; n < blob.length; n++) {
      const r = await reason(decryptBlob(key, scope, blob.subarray(0, n)));
      expect(r === 'truncated' || r === 'auth', `length ${n}: ${r}`).toBe(true);
    }
  });

  it('refuses a wrong key, another workspace, another doc, and an update relabelled as snapshot', async () => {
    const key = await importKey(newKeyBytes());
    const blob = await encryptBlob(key, scope, 'update', text);
    expect(await reason(decryptBlob(await importKey(newKeyBytes()), scope, blob))).toBe('auth');
    expect(await reason(decryptBlob(key, { ...scope, workspaceId: 'ws-beta-00002' }, blob))).toBe('auth');
    expect(await reason(decryptBlob(key, { ...scope, docId: 'companies' }, blob))).toBe('auth');
    // ("ab","c") and ("a","bc") must not share additional data.
    expect(await reason(decryptBlob(key, { workspaceId: 'ws-alpha-0001c', docId: 'ontacts' }, blob))).toBe('auth');
    const relabelled = blob.slice();
    relabelled[1] = 2;
    expect(await reason(decryptBlob(key, scope, relabelled))).toBe('auth');
    expect(await reason(decryptBlob(key, scope, blob))).toBe('accepted');
  });

  it('rejects keys that are not 256 bits', async () => {
    await expect(importKey(new Uint8Array(16))).rejects.toThrow(/32 bytes/);
  });
});
