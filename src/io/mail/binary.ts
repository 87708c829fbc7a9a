/**
 * Mail is bytes whose charset is only known part-way through (a header names
 * it). We keep the raw bytes as a "binary string" (one char per byte, 0-255)
 * until then, and decode each piece with the charset it declares.
 */
export function toBinary(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

export function fromBinary(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Bytes in a named charset to text; an unknown label falls back to UTF-8 rather than failing the message. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase().replace(/^"|"$/g, '') || 'utf-8';
  try {
    return new TextDecoder(label === 'us-ascii' ? 'utf-8' : label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Quoted-printable (RFC 2045) to bytes; `underscores` for the Q encoding of header words (RFC 2047), where "_" is a space. */
export function decodeQuotedPrintable(s: string, underscores = false): Uint8Array {
  if (underscores) s = s.replace(/_/g, ' ');
  // Soft line breaks join lines; then each =XX is one byte.
  const joined = s.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

/** Base64 to bytes, ignoring line breaks and anything outside the alphabet (mailers wrap and pad loosely). */
export function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const bin = atob(clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0)).padEnd(Math.ceil(clean.length / 4) * 4, '='));
  return fromBinary(bin);
}
