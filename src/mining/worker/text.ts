import { DataError } from './errors.ts';

/**
 * Bytes of a dropped file as text. Decoding is strict so a spreadsheet saved as .xlsx or a
 * zip fails with a clear message instead of mining garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DataError('file.empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataError('file.encoding', { line: lineOfByte(bytes, firstInvalidUtf8(bytes)) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new DataError('file.binary', { line: lineOfIndex(text, nul) });
  if (text.trim() === '') throw new DataError('file.empty');
  return text;
}

/** Lines without their terminators; a trailing newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Index of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
