import type { Task } from '../entities/index.ts';
import { taskBucket, type TaskBucket } from './bucket.ts';

/** The quick filters above the task list. */
export const TASK_VIEWS = ['open', 'overdue', 'today', 'upcoming', 'done'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

const VIEW_BUCKETS: Record<TaskView, readonly TaskBucket[]> = {
  open: ['overdue', 'today', 'upcoming', 'someday'],
  overdue: ['overdue'],
  today: ['today'],
  upcoming: ['upcoming'],
  done: ['done'],
};

export function inView(bucket: TaskBucket, view: TaskView): boolean {
  return VIEW_BUCKETS[view].includes(bucket);
}

type ListedTask = Pick<Task, 'id' | 'status' | 'dueAt' | 'completedAt' | 'priority' | 'assigneeId'>;

const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/**
 * Open tasks: soonest due first, then the more urgent; tasks without a due
 * time go last. Done tasks: the latest completed first.
 */
function compare(a: ListedTask, b: ListedTask): number {
  if (a.status === 'done' && b.status === 'done')
    return (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || a.id.localeCompare(b.id);
  if (a.status !== b.status) return a.status === 'done' ? 1 : -1;
  return (
    (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff') ||
    (PRIORITY_RANK[a.priority ?? 'normal'] ?? 2) - (PRIORITY_RANK[b.priority ?? 'normal'] ?? 2) ||
    a.id.localeCompare(b.id)
  );
}

export interface TaskListResult<T> {
  rows: T[];
  /** How many tasks of the assignee selection fall in each view, for the filter chips. */
  counts: Record<TaskView, number>;
}

/** The rows of one view (optionally one assignee's) plus the count of every view. */
export function taskList<T extends ListedTask>(tasks: Iterable<T>, view: TaskView, assigneeId: string, now: Date): TaskListResult<T> {
  const counts: Record<TaskView, number> = { open: 0, overdue: 0, today: 0, upcoming: 0, done: 0 };
  const rows: T[] = [];
  for (const task of tasks) {
    if (assigneeId && task.assigneeId !== assigneeId) continue;
    const b = taskBucket(task, now);
    for (const v of TASK_VIEWS) if (inView(b, v)) counts[v]++;
    if (inView(b, view)) rows.push(task);
  }
  rows.sort(compare);
  return { rows, counts };
}
