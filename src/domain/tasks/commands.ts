import { command } from '../commands.ts';
import { ValidationError } from '../validation.ts';
import { completeTask, reopenTask } from './completion.ts';

const missing = (id: string) => new ValidationError('Task', [{ field: 'id', message: `no task ${id}` }]);

/** Marks a task done; completing a done task keeps its first completion time. */
export const completeTaskCommand = command(['tasks'], (tx, a: { id: string }) => {
  const task = tx.get('tasks', a.id);
  if (!task) throw missing(a.id);
  return tx.update('tasks', a.id, { ...completeTask(task, tx.now) });
});

export const reopenTaskCommand = command(['tasks'], (tx, a: { id: string }) => {
  if (!tx.get('tasks', a.id)) throw missing(a.id);
  return tx.update('tasks', a.id, { ...reopenTask() });
});

export const taskCommands = {
  'task.complete': completeTaskCommand,
  'task.reopen': reopenTaskCommand,
};
