/** The company form, in the order a person fills it in. */
export const COMPANY_FORM_FIELDS = ['name', 'domain', 'industry', 'size', 'country', 'city', 'address', 'phone', 'website', 'ownerId', 'tags', 'notes'];
