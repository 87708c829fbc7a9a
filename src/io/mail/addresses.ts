/** One mailbox of an address header. */
export interface MailAddress {
  name: string;
  /** Lower-cased: addresses are compared case-insensitively in practice. */
  email: string;
}

/** Splits at commas that are outside quotes, angle brackets and comments. */
function splitList(s: string): string[] {
  const parts: string[] = [];
  let depth = 0, quoted = false, angle = false, cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && quoted) {
      cur += c + (s[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    if (c === ',' && !quoted && !depth && !angle) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const EMAIL = /[^\s<>()",;:@]+@[^\s<>()",;:@]+\.[^\s<>()",;:@]+/;

/** "Иван Петров <ivan@x.ru>, "Doe, Jane" <jane@y.com>, bob@z.org (Bob)" as mailboxes; groups ("team: a@b;") are flattened. */
export function parseAddresses(header: string): MailAddress[] {
  const out: MailAddress[] = [];
  for (let part of splitList(header.replace(/^[^"<>,]*:\s*/, (g) => (g.includes('@') ? g : '')).replace(/;\s*$/, ''))) {
    part = part.replace(/^[^"<>@]*:\s*/, '');
    const angle = part.match(/<([^>]*)>/);
    const email = (angle ? angle[1] : part).match(EMAIL)?.[0];
    if (!email) continue;
    let name = angle ? part.slice(0, angle.index).trim() : (part.match(/\(([^)]*)\)/)?.[1] ?? '').trim();
    name = name.replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
    out.push({ name, email: email.toLowerCase() });
  }
  return out;
}
