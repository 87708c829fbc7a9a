import { defineRecordType, type BaseRecord } from '../recordType.ts';

export const TASK_STATUSES = ['open', 'done'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export interface Task extends BaseRecord {
  title: string;
  status: (typeof TASK_STATUSES)[number];
  priority?: (typeof PRIORITIES)[number];
  dueAt?: string;
  remindAt?: string;
  assigneeId?: string;
  contactId?: string;
  dealId?: string;
  completedAt?: string;
  notes?: string;
}

export const TaskType = defineRecordType<Task>('tasks', 'Task', {
  title: { kind: 'string', required: true, max: 300 },
  status: { kind: 'enum', values: TASK_STATUSES, required: true },
  priority: { kind: 'enum', values: PRIORITIES },
  dueAt: { kind: 'datetime' },
  remindAt: { kind: 'datetime' },
  assigneeId: { kind: 'ref', to: 'members' },
  contactId: { kind: 'ref', to: 'contacts' },
  dealId: { kind: 'ref', to: 'deals' },
  completedAt: { kind: 'datetime' },
  notes: { kind: 'text' },
});
