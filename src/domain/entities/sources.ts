/** Where a contact, lead or deal came from: the basis of source attribution in analytics. */
export const LEAD_SOURCES = ['website', 'referral', 'event', 'ads', 'cold', 'partner', 'social', 'import', 'campaign'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** The medium of an interaction or a support request. */
export const CHANNELS = ['phone', 'email', 'meeting', 'chat', 'web', 'social', 'messenger', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];
