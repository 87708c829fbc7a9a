import type { Activity } from './entities/activity.ts';
import type { Channel } from './entities/sources.ts';
import { ValidationError, type FieldIssue } from './validation.ts';

/**
 * Which channels each kind of interaction can travel by. A note is something written
 * down, not a conversation, so it has no channel ("Note · Phone" said nothing).
 */
export const CHANNELS_FOR_TYPE: Readonly<Record<Activity['type'], readonly Channel[]>> = {
  call: ['phone', 'messenger'],
  email: ['email'],
  meeting: ['meeting'],
  message: ['chat', 'messenger', 'sms', 'social', 'web'],
  note: [],
};

/** Why an interaction's type and channel disagree, or null when they agree. */
export function channelIssue(rec: { type?: string; channel?: string }): FieldIssue | null {
  const allowed = CHANNELS_FOR_TYPE[rec.type as Activity['type']];
  if (!allowed) return null;
  const ch = rec.channel as Channel | undefined;
  if (allowed.length === 0 ? ch === undefined : ch !== undefined && allowed.includes(ch)) return null;
  const params = { type: String(rec.type), channel: ch ?? '', allowed: allowed.join(', ') };
  if (allowed.length === 0) return { field: 'channel', code: 'channelForType', params, message: `a ${rec.type} has no channel` };
  if (ch === undefined) return { field: 'channel', code: 'required', message: 'is required' };
  return { field: 'channel', code: 'channelForType', params, message: `a ${rec.type} goes by ${params.allowed}, not ${ch}` };
}

/** Throws when a written interaction's type and channel disagree; the write is then discarded whole. */
export function assertInteraction(rec: { type?: string; channel?: string }): void {
  const issue = channelIssue(rec);
  if (issue) throw new ValidationError('Activity', [issue]);
}
