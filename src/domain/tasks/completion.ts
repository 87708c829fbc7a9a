import type { Task } from '../entities/index.ts';

export type TaskStatusPatch = {
  status: Task['status'];
  /** `undefined` clears the field. */
  completedAt: string | undefined;
};

/** Completing again keeps the first completion time, so a double click does not rewrite history. */
export function completeTask(task: Pick<Task, 'status' | 'completedAt'>, now: Date): TaskStatusPatch {
  if (task.status === 'done' && task.completedAt) return { status: 'done', completedAt: task.completedAt };
  return { status: 'done', completedAt: now.toISOString() };
}

export function reopenTask(): TaskStatusPatch {
  return { status: 'open', completedAt: undefined };
}

export function toggleTask(task: Pick<Task, 'status' | 'completedAt'>, now: Date): TaskStatusPatch {
  return task.status === 'done' ? reopenTask() : completeTask(task, now);
}
