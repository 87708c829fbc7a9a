/** The contact form, in the order a person fills it in. */
export const CONTACT_FORM_FIELDS = [
  'firstName', 'lastName', 'email', 'phone', 'title', 'companyId', 'lifecycle', 'source',
  'birthday', 'country', 'city', 'address', 'locale', 'ownerId', 'tags', 'notes',
];

/** Every interaction records where it came from and who logged it (this device's member by default). */
export const ACTIVITY_FORM_FIELDS = ['type', 'channel', 'direction', 'source', 'subject', 'body', 'occurredAt', 'durationMin', 'ownerId'];
