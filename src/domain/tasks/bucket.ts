import type { Task } from '../entities/index.ts';

/** Where a task sits on the to-do list. `someday` is an open task with no due time. */
export type TaskBucket = 'done' | 'overdue' | 'today' | 'upcoming' | 'someday';

/**
 * The end of the calendar day containing `now`, in the runtime's time zone:
 * "today" is the user's day, not the UTC one.
 */
export function endOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/**
 * Buckets a task relative to `now`. A task is overdue as soon as its due time
 * has passed, even earlier today: a 9:00 call is late at 11:00.
 */
export function taskBucket(task: Pick<Task, 'status' | 'dueAt'>, now: Date): TaskBucket {
  if (task.status === 'done') return 'done';
  if (!task.dueAt) return 'someday';
  const due = Date.parse(task.dueAt);
  if (due < now.getTime()) return 'overdue';
  if (due < endOfDay(now).getTime()) return 'today';
  return 'upcoming';
}
