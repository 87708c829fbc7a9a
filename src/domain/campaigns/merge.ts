import { contactName, type ContactCard } from '../entities/contact.ts';
import type { MergeValues } from './template.ts';

/** What a template may say about one contact. The country name comes from the caller, in the reader's language. */
/** What the profile adds: next best offer, last order, loyalty tier and owner, already in the reader's words. */
export interface ProfileMerge {
  recommendedProduct?: string;
  lastOrder?: string;
  loyaltyTier?: string;
  owner?: string;
}

export function contactMergeValues(c: ContactCard, companyName?: string, countryName?: string, profile: ProfileMerge = {}): MergeValues {
  return {
    ...profile,
    firstName: c.firstName,
    lastName: c.lastName,
    fullName: contactName(c),
    company: companyName,
    city: c.city,
    country: countryName,
    email: c.email,
  };
}
