/** The new-ticket form: what arrived and from whom. Status and timestamps belong to the lifecycle buttons. */
export const TICKET_FORM_FIELDS = ['subject', 'body', 'channel', 'priority', 'lang', 'category', 'contactId', 'companyId'];
/** Editing may also fix the assignee directly; the lifecycle stays with the buttons. */
export const TICKET_EDIT_FIELDS = [...TICKET_FORM_FIELDS, 'resolution'];
export { SUPPORT_ROLES } from '../../../domain/tickets/assignment.ts';
