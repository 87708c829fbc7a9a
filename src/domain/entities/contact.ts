import { defineRecordType, type BaseRecord } from '../recordType.ts';
import { LEAD_SOURCES } from './sources.ts';

export const LIFECYCLES = ['subscriber', 'lead', 'prospect', 'customer', 'churned'] as const;
export const LOCALES = ['en', 'ru', 'zh'] as const;

export interface Contact extends BaseRecord {
  firstName: string;
  lastName?: string;
  email?: string;
  phone?: string;
  title?: string;
  companyId?: string;
  country?: string;
  city?: string;
  address?: string;
  locale?: (typeof LOCALES)[number];
  ownerId?: string;
  source?: (typeof LEAD_SOURCES)[number];
  lifecycle?: (typeof LIFECYCLES)[number];
  tags?: string[];
  notes?: string;
  /** ISO date (yyyy-mm-dd). */
  birthday?: string;
  /** The id this person had in the system they were imported from, for matching later imports. */
  externalId?: string;
  /** Columns of an imported file that have no field of their own, kept by their header. */
  custom?: Record<string, string>;
  /** Ids of the records merged into this one (their orders stay filed under those ids). */
  mergedFrom?: string[];
}

export const ContactType = defineRecordType<Contact>('contacts', 'Contact', {
  firstName: { kind: 'string', required: true, max: 100 },
  lastName: { kind: 'string', max: 100 },
  email: { kind: 'email' },
  phone: { kind: 'phone' },
  title: { kind: 'string' },
  companyId: { kind: 'ref', to: 'companies' },
  country: { kind: 'string', max: 2 },
  city: { kind: 'string' },
  address: { kind: 'string', max: 300 },
  locale: { kind: 'enum', values: LOCALES },
  ownerId: { kind: 'ref', to: 'members' },
  source: { kind: 'enum', values: LEAD_SOURCES },
  lifecycle: { kind: 'enum', values: LIFECYCLES },
  tags: { kind: 'tags' },
  notes: { kind: 'text' },
  birthday: { kind: 'date' },
  externalId: { kind: 'string', max: 100 },
  custom: { kind: 'json' },
  mergedFrom: { kind: 'json' },
});

export function contactName(c: Pick<Contact, 'firstName' | 'lastName' | 'locale'>): string {
  // Chinese and Russian official order puts the family name first.
  if (c.locale === 'zh') return `${c.lastName ?? ''}${c.firstName}`;
  return c.lastName ? `${c.firstName} ${c.lastName}` : c.firstName;
}

/** What lists and messages need of a contact: small enough to pass between threads by the thousand. */
export type ContactCard = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'locale' | 'email' | 'city' | 'country' | 'companyId'>;

export function contactCard(c: Contact): ContactCard {
  const { id, firstName, lastName, locale, email, city, country, companyId } = c;
  return { id, firstName, lastName, locale, email, city, country, companyId };
}
