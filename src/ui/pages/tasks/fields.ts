/** The task form, in the order a person fills it in. Status is the checkbox, not a field. */
export const TASK_FORM_FIELDS = ['title', 'dueAt', 'remindAt', 'priority', 'assigneeId', 'contactId', 'dealId', 'notes'];
