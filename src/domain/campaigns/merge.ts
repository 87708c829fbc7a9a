import { contactName, type ContactCard } from '../entities/contact.ts';
import type { MergeValues } from './template.ts';

/** What a template may say about one contact. The country name comes from the caller, in the reader's language. */
export function contactMergeValues(c: ContactCard, companyName?: string, countryName?: string): MergeValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    fullName: contactName(c),
    company: companyName,
    city: c.city,
    country: countryName,
    email: c.email,
  };
}
