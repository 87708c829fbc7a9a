import { remindsAfterDue } from '../../../domain/tasks/index.ts';
import { t } from '../../i18n/index.svelte.ts';

/** The task form's warning: a reminder after the due date is saved, but said. */
export function reminderWarning(values: Record<string, string | boolean>): Record<string, string> {
  return remindsAfterDue(values.dueAt, values.remindAt) ? { remindAt: t('tasks.remindAfterDue') } : {};
}
