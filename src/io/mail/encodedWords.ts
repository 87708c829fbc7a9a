import { decodeBase64, decodeCharset, decodeQuotedPrintable, fromBinary } from './binary.ts';

const WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/**
 * A header value as text: RFC 2047 encoded words ("=?KOI8-R?B?...?=") decoded
 * in their own charsets, whitespace between two encoded words dropped (the
 * RFC says it is not part of the text), and raw 8-bit bytes outside encoded
 * words read as UTF-8, which is what mailers that skip RFC 2047 send.
 */
export function decodeHeader(binary: string): string {
  let out = '';
  let last = 0;
  let prevWordEnd = -1;
  for (const m of binary.matchAll(WORD)) {
    const between = binary.slice(last, m.index);
    if (!(prevWordEnd === m.index - between.length && /^\s*$/.test(between))) out += decodeCharset(fromBinary(between), 'utf-8');
    const [, charset, enc, text] = m;
    const bytes = enc.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text, true);
    // A charset may carry a language after '*' (RFC 2231): "UTF-8*en".
    out += decodeCharset(bytes, charset.split('*')[0]);
    last = m.index + m[0].length;
    prevWordEnd = last;
  }
  out += decodeCharset(fromBinary(binary.slice(last)), 'utf-8');
  return out;
}
