/**
 * The outbox as files: one .mbox (every message, RFC 5322, importable into
 * Thunderbird, Apple Mail or mutt and sent from there) or a CSV for a mailing
 * tool. Nothing is sent from here: Kith keeps data on the device.
 */
export interface OutboxMessage {
  contactId: string;
  to: string;
  toName: string;
  from: string;
  subject: string;
  text: string;
  /** Already escaped HTML (personaliseHtml). */
  html: string;
  step: number;
  locale: string;
}

function base64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
const wrap76 = (s: string) => s.replace(/.{1,76}/g, '$&\r\n');
/** RFC 2047 encoded word when the text is not plain ASCII. */
const header = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${base64Utf8(s)}?=`);
const address = (name: string, email: string) => `${header(name.replace(/["\\\r\n]/g, ''))} <${email.replace(/[\r\n<>]/g, '')}>`;

/** One message as RFC 5322 text (CRLF line ends), multipart text + HTML, UTF-8, base64. */
export function toEml(m: OutboxMessage, date: Date, messageId: string): string {
  const boundary = `kith-${messageId}`;
  return [
    `From: ${m.from}`,
    `To: ${address(m.toName, m.to)}`,
    `Subject: ${header(m.subject.replace(/[\r\n]+/g, ' '))}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${messageId}@kith.local>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(base64Utf8(m.text)),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap76(base64Utf8(`<!doctype html><html lang="${m.locale}"><meta charset="utf-8"><body>${m.html}</body></html>`)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** Every message in one mbox file (bodies are base64, so no line needs ">From " quoting). */
export function toMbox(msgs: readonly OutboxMessage[], date: Date, idOf: (m: OutboxMessage, i: number) => string): string {
  const asctime = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 $4');
  return msgs.map((m, i) => `From kith@localhost ${asctime}\r\n${toEml(m, date, idOf(m, i))}\r\n`).join('');
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading = + - @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(msgs: readonly OutboxMessage[]): string {
  const rows = [['contact_id', 'email', 'name', 'language', 'step', 'subject', 'message']];
  for (const m of msgs) rows.push([m.contactId, m.to, m.toName, m.locale, String(m.step + 1), m.subject, m.text]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A mailto: link for sending one message from the user's own mail program. */
export function mailtoHref(m: Pick<OutboxMessage, 'to' | 'subject' | 'text'>): string {
  return `mailto:${encodeURIComponent(m.to)}?subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.text)}`;
}

/**
 * One .eml per message in a zip (for mail programs that open single messages,
 * or a folder dropped into a draft box). Names say step and recipient and stay unique.
 */
export function toEmlFiles(msgs: readonly OutboxMessage[], date: Date, idOf: (m: OutboxMessage, i: number) => string): { name: string; data: Uint8Array }[] {
  const enc = new TextEncoder();
  return msgs.map((m, i) => ({
    name: `${String(i + 1).padStart(5, '0')}-step${m.step + 1}-${m.to.replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 80)}.eml`,
    data: enc.encode(toEml(m, date, idOf(m, i))),
  }));
}
