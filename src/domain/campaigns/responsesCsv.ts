import { RESPONSE_KINDS, type ResponseKind } from '../entities/index.ts';

/**
 * A small CSV reader for response files (RFC 4180 quoting, comma or semicolon).
 * The io branch builds the full import wizard; this reads what mailing tools
 * export: a contact (id or email), a response and optionally a date.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
          cell += '"';
          i++;
        }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Words mailing tools use for each response, in the three UI languages. */
const SYNONYMS: Record<string, ResponseKind> = {
  open: 'opened', opened: 'opened', opens: 'opened', 'открыл': 'opened', 'открыто': 'opened', '打开': 'opened',
  click: 'clicked', clicked: 'clicked', clicks: 'clicked', 'клик': 'clicked', 'переход': 'clicked', '点击': 'clicked',
  reply: 'replied', replied: 'replied', 'ответ': 'replied', 'ответил': 'replied', '回复': 'replied',
  convert: 'converted', converted: 'converted', conversion: 'converted', purchase: 'converted', 'покупка': 'converted', '购买': 'converted', '转化': 'converted',
  decline: 'declined', declined: 'declined', 'отказ': 'declined', '拒绝': 'declined',
  unsubscribe: 'optedOut', unsubscribed: 'optedOut', optout: 'optedOut', 'opted out': 'optedOut', optedout: 'optedOut', 'отписка': 'optedOut', '退订': 'optedOut',
};

export function responseKind(s: string): ResponseKind | null {
  const k = s.trim().toLowerCase().replace(/[_-]/g, ' ');
  if ((RESPONSE_KINDS as readonly string[]).includes(s.trim()) && s.trim() !== 'sent') return s.trim() as ResponseKind;
  return SYNONYMS[k] ?? SYNONYMS[k.replace(/ /g, '')] ?? null;
}

export interface ParsedResponse {
  contactId: string;
  response: ResponseKind;
  /** ISO time, or a bare day 'YYYY-MM-DD' when the file gave only the date. */
  at?: string;
}
export interface CsvIssue {
  /** 1-based line in the file. */
  line: number;
  /** What is wrong, for the UI to say in its language; `value` is the offending cell. */
  code: 'empty' | 'header' | 'notInAudience' | 'notAResponse' | 'notADate';
  value?: string;
  /** English, for logs. */
  message: string;
}

/**
 * Rows of a response file resolved against the campaign's audience. Every
 * problem is reported with its line; the caller writes nothing unless there
 * are none.
 */
export function readResponses(text: string, lookup: { byId: ReadonlySet<string>; byEmail: ReadonlyMap<string, string> }): { rows: ParsedResponse[]; issues: CsvIssue[] } {
  const table = parseCsv(text);
  const issues: CsvIssue[] = [];
  if (!table.length) return { rows: [], issues: [{ line: 1, code: 'empty', message: 'the file is empty' }] };
  const head = table[0].map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => head.findIndex((h) => names.includes(h));
  const contactCol = col('contact', 'contact_id', 'contactid', 'id');
  const emailCol = col('email', 'e-mail', 'почта', '邮箱');
  const responseCol = col('response', 'event', 'status', 'ответ', '响应');
  const dateCol = col('date', 'time', 'at', 'timestamp', 'дата', '日期');
  if (responseCol < 0 || (contactCol < 0 && emailCol < 0))
    return { rows: [], issues: [{ line: 1, code: 'header', message: 'the header needs a "response" column and a "contact_id" or "email" column' }] };
  const rows: ParsedResponse[] = [];
  table.slice(1).forEach((r, i) => {
    const line = i + 2;
    const idRaw = contactCol >= 0 ? (r[contactCol] ?? '').trim() : '';
    const emailRaw = emailCol >= 0 ? (r[emailCol] ?? '').trim().toLowerCase() : '';
    const contactId = idRaw && lookup.byId.has(idRaw) ? idRaw : emailRaw ? lookup.byEmail.get(emailRaw) : undefined;
    if (!contactId) {
      issues.push({ line, code: 'notInAudience', value: idRaw || emailRaw, message: `${idRaw || emailRaw || 'an empty contact'} is not in this campaign's audience` });
      return;
    }
    const kind = responseKind(r[responseCol] ?? '');
    if (!kind) {
      issues.push({ line, code: 'notAResponse', value: (r[responseCol] ?? '').trim(), message: `"${(r[responseCol] ?? '').trim()}" is not a response (opened, clicked, replied, converted, declined, opted out)` });
      return;
    }
    const out: ParsedResponse = { contactId, response: kind };
    const d = dateCol >= 0 ? (r[dateCol] ?? '').trim() : '';
    if (d) {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(d);
      const ms = Date.parse(day ? `${d}T12:00:00Z` : d);
      if (Number.isNaN(ms) || (day && new Date(ms).toISOString().slice(0, 10) !== d)) {
        issues.push({ line, code: 'notADate', value: d, message: `"${d}" is not a date (use 2026-03-31 or 2026-03-31T10:00:00Z)` });
        return;
      }
      // A bare day stays a day: only the command knows when the campaign reached the contact that day.
      out.at = day ? d : new Date(ms).toISOString();
    }
    rows.push(out);
  });
  return { rows, issues };
}
