import type { MailAddress } from './addresses.ts';
import type { MailMessage } from './eml.ts';

export interface MailContact {
  id: string;
  email?: string;
  companyId?: string;
}

/** Where one message lands: the contacts it names (in: they wrote it; out: it went to them) and the addresses nobody has. */
export interface MailLanding {
  contacts: { id: string; companyId?: string; direction: 'in' | 'out' }[];
  unknown: MailAddress[];
}

/**
 * Matches a message's From, To and Cc against contacts' addresses
 * (case-insensitive). The team's own addresses are neither customers nor
 * unknowns: a reply from sales@ is about the customer, not to be offered as
 * a new contact. `team` holds addresses and whole domains ("@kith.example").
 */
export function landing(message: MailMessage, byEmail: ReadonlyMap<string, MailContact>, team: ReadonlySet<string>): MailLanding {
  const out: MailLanding = { contacts: [], unknown: [] };
  const seen = new Set<string>();
  const visit = (a: MailAddress, direction: 'in' | 'out') => {
    if (seen.has(a.email) || team.has(a.email) || team.has(a.email.slice(a.email.indexOf('@')))) return;
    seen.add(a.email);
    const c = byEmail.get(a.email);
    if (c) {
      if (!out.contacts.some((x) => x.id === c.id)) out.contacts.push({ id: c.id, ...(c.companyId ? { companyId: c.companyId } : {}), direction });
    } else out.unknown.push(a);
  };
  for (const a of message.from) visit(a, 'in');
  for (const a of [...message.to, ...message.cc]) visit(a, 'out');
  return out;
}

/** Contacts by lower-cased address; the first contact with an address keeps it. */
export function contactsByEmail<C extends MailContact>(contacts: Iterable<C>): Map<string, C> {
  const map = new Map<string, C>();
  for (const c of contacts) {
    const e = c.email?.trim().toLowerCase();
    if (e && !map.has(e)) map.set(e, c);
  }
  return map;
}
