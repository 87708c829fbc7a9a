import { parseAddresses, type MailAddress } from './addresses.ts';
import { decodeBase64, decodeCharset, decodeQuotedPrintable, fromBinary, toBinary } from './binary.ts';
import { decodeHeader } from './encodedWords.ts';

/** One e-mail message as Kith logs it: who, when, what about, and its text. */
export interface MailMessage {
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** ISO UTC; undefined when the Date header is missing or unreadable. */
  date?: string;
  messageId?: string;
  /** The plain-text body (an HTML-only message is reduced to its text). */
  text: string;
}

/** Why a file is not a message, as a code the UI translates. */
export class MailParseError extends Error {
  constructor(readonly code: 'empty' | 'noHeaders' | 'noAddress') {
    super(`not an e-mail message: ${code}`);
    this.name = 'MailParseError';
  }
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Splits a binary string into its header block (unfolded, names lower-cased) and body. */
function splitPart(s: string): Part {
  const m = /\r?\n\r?\n/.exec(s);
  const head = m ? s.slice(0, m.index) : s;
  const body = m ? s.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  let name = '';
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name) headers.set(name, `${headers.get(name)} ${line.trim()}`);
    else {
      const i = line.indexOf(':');
      if (i <= 0) continue;
      name = line.slice(0, i).trim().toLowerCase();
      // The first occurrence wins (Received: lines repeat; From/To/Subject do not).
      if (!headers.has(name)) headers.set(name, line.slice(i + 1).trim());
      else name = '';
    }
  }
  return { headers, body };
}

/** A header parameter such as charset or boundary, quoted or not. */
function param(value: string | undefined, key: string): string | undefined {
  const m = value?.match(new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i'));
  return m ? (m[1] ?? m[2]) : undefined;
}

function bodyText(part: Part): string {
  const enc = (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const bytes = enc === 'base64' ? decodeBase64(part.body) : enc === 'quoted-printable' ? decodeQuotedPrintable(part.body) : fromBinary(part.body);
  return decodeCharset(bytes, param(part.headers.get('content-type'), 'charset'));
}

/** HTML to readable text: line breaks kept, tags dropped, common entities decoded. Never rendered as HTML. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The best text of a part: text/plain first, else text/html as text, searching multipart trees depth-first. */
function textOf(part: Part, depth = 0): { text: string; html: boolean } | null {
  const type = (part.headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
  const disposition = (part.headers.get('content-disposition') ?? '').toLowerCase();
  if (disposition.startsWith('attachment')) return null;
  if (type.startsWith('multipart/') && depth < 8) {
    const boundary = param(part.headers.get('content-type'), 'boundary');
    if (!boundary) return null;
    const pieces = part.body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    let html: { text: string; html: boolean } | null = null;
    for (const p of pieces.slice(1)) {
      if (!p.trim()) continue;
      const found = textOf(splitPart(p), depth + 1);
      if (found && !found.html) return found;
      html ??= found;
    }
    return html;
  }
  if (type === 'text/plain') return { text: bodyText(part), html: false };
  if (type === 'text/html') return { text: htmlToText(bodyText(part)), html: true };
  return null;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Drop a trailing "(MSK)" style comment; Date.parse reads RFC 5322 dates with numeric zones.
  const ms = Date.parse(value.replace(/\([^)]*\)\s*$/, '').trim());
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Parses one RFC 5322 message (an .eml file's bytes). Throws MailParseError when it is not one. */
export function parseEml(bytes: Uint8Array): MailMessage {
  const raw = toBinary(bytes).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (!raw.trim()) throw new MailParseError('empty');
  const part = splitPart(raw.replace(/^\s+/, ''));
  if (!part.headers.has('from') && !part.headers.has('to') && !part.headers.has('subject')) throw new MailParseError('noHeaders');
  const list = (h: string) => parseAddresses(decodeHeader(part.headers.get(h) ?? ''));
  const from = list('from');
  const to = list('to');
  const cc = list('cc');
  if (!from.length && !to.length) throw new MailParseError('noAddress');
  const text = textOf(part)?.text ?? '';
  const messageId = part.headers.get('message-id')?.replace(/[<>]/g, '').trim();
  return {
    from,
    to,
    cc,
    subject: decodeHeader(part.headers.get('subject') ?? '').trim(),
    ...(isoDate(part.headers.get('date')) ? { date: isoDate(part.headers.get('date')) } : {}),
    ...(messageId ? { messageId } : {}),
    text: text.replace(/\r\n/g, '\n').trim(),
  };
}

/** The messages of an mbox file: split at "From " separator lines, ">From " unescaped (mboxrd). */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const s = toBinary(bytes);
  const starts: number[] = [];
  const re = /(^|\n)From [^\n]*\n/g;
  for (const m of s.matchAll(re)) starts.push(m.index + m[1].length);
  if (!starts.length) return [bytes];
  return starts.map((start, i) => {
    const from = s.indexOf('\n', start) + 1;
    const body = s.slice(from, i + 1 < starts.length ? starts[i + 1] : s.length).replace(/^>(>*From )/gm, '$1');
    return fromBinary(body);
  });
}
