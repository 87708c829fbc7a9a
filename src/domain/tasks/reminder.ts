/** How long a reminder can be put off from its toast. */
export const SNOOZES = ['15m', '1h', 'tomorrow'] as const;
export type Snooze = (typeof SNOOZES)[number];

/** The hour of the day a "tomorrow" reminder comes back at (local time): the start of a working day. */
export const MORNING_HOUR = 9;

/** When a snoozed reminder comes back: in 15 minutes, in an hour, or tomorrow at 9:00 local time. */
export function snoozeUntil(s: Snooze, now: Date): Date {
  if (s === '15m') return new Date(now.getTime() + 15 * 60_000);
  if (s === '1h') return new Date(now.getTime() + 60 * 60_000);
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, MORNING_HOUR, 0, 0, 0);
  return d;
}

/**
 * A reminder set after the task is due: allowed (someone may want a nudge to
 * close an overdue task) but almost always a slip, so the form warns. Both
 * values in one format: ISO strings, or the form's local "YYYY-MM-DDTHH:mm".
 */
export function remindsAfterDue(dueAt: unknown, remindAt: unknown): boolean {
  return typeof dueAt === 'string' && typeof remindAt === 'string' && dueAt !== '' && remindAt !== '' && remindAt > dueAt;
}
