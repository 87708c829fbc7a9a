import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/domain/entities/index.ts';
import { completeTask, endOfDay, reopenTask, taskBucket, taskList, toggleTask } from '../../../src/domain/tasks/index.ts';

// Local time, so "today" is the runtime's day whatever TZ the tests run in.
const now = new Date(2026, 2, 10, 12, 0, 0);
const at = (d: number, h: number) => new Date(2026, 2, d, h, 0, 0).toISOString();

function task(over: Partial<Task> = {}): Task {
  return { id: over.id ?? 'T', createdAt: '', updatedAt: '', title: 'Call back', status: 'open', ...over };
}

describe('taskBucket', () => {
  it('puts tasks in overdue, today, upcoming, someday and done', () => {
    expect(taskBucket(task({ dueAt: at(9, 18) }), now)).toBe('overdue');
    expect(taskBucket(task({ dueAt: at(10, 9) }), now)).toBe('overdue');
    expect(taskBucket(task({ dueAt: at(10, 15) }), now)).toBe('today');
    expect(taskBucket(task({ dueAt: at(10, 23) }), now)).toBe('today');
    expect(taskBucket(task({ dueAt: at(11, 0) }), now)).toBe('upcoming');
    expect(taskBucket(task(), now)).toBe('someday');
    expect(taskBucket(task({ status: 'done', dueAt: at(1, 9) }), now)).toBe('done');
  });

  it('ends the day at local midnight', () => {
    expect(endOfDay(now).getTime()).toBe(new Date(2026, 2, 11).getTime());
  });
});

describe('complete and reopen', () => {
  it('sets and clears completedAt', () => {
    expect(completeTask(task(), now)).toEqual({ status: 'done', completedAt: now.toISOString() });
    const r = reopenTask();
    expect(r).toEqual({ status: 'open', completedAt: undefined });
    expect('completedAt' in r).toBe(true);
  });

  it('keeps the first completion time when completed twice', () => {
    const done = task({ status: 'done', completedAt: '2026-01-01T00:00:00.000Z' });
    expect(completeTask(done, now).completedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('toggles', () => {
    expect(toggleTask(task(), now).status).toBe('done');
    expect(toggleTask(task({ status: 'done' }), now).status).toBe('open');
  });
});

describe('taskList', () => {
  const tasks = [
    task({ id: 'a', dueAt: at(12, 9), assigneeId: 'M1' }),
    task({ id: 'b', dueAt: at(9, 9), assigneeId: 'M2' }),
    task({ id: 'c', dueAt: at(10, 15), priority: 'low', assigneeId: 'M1' }),
    task({ id: 'd', dueAt: at(10, 15), priority: 'urgent', assigneeId: 'M1' }),
    task({ id: 'e', assigneeId: 'M1' }),
    task({ id: 'f', status: 'done', completedAt: at(8, 9), assigneeId: 'M1' }),
    task({ id: 'g', status: 'done', completedAt: at(9, 9), assigneeId: 'M2' }),
  ];

  it('lists open tasks soonest first, urgent before low, undated last', () => {
    expect(taskList(tasks, 'open', '', now).rows.map((t) => t.id)).toEqual(['b', 'd', 'c', 'a', 'e']);
  });

  it('lists done tasks latest first and counts every view', () => {
    const r = taskList(tasks, 'done', '', now);
    expect(r.rows.map((t) => t.id)).toEqual(['g', 'f']);
    expect(r.counts).toEqual({ open: 5, overdue: 1, today: 2, upcoming: 1, done: 2 });
  });

  it('narrows to one assignee, counts included', () => {
    const r = taskList(tasks, 'today', 'M1', now);
    expect(r.rows.map((t) => t.id)).toEqual(['d', 'c']);
    expect(r.counts).toEqual({ open: 4, overdue: 0, today: 2, upcoming: 1, done: 1 });
  });
});
