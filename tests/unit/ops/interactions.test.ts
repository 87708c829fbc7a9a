import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, CHANNELS } from '../../../src/domain/entities/index.ts';
import { CHANNELS_FOR_TYPE, channelIssue } from '../../../src/domain/interactions.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

let n = 0;
const open: Workspace[] = [];
function workspace(): Workspace {
  const w = new Workspace(`interactions${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Independent statement of the rule, pair by pair, as the issue puts it. */
const FITS: Record<string, string[]> = {
  call: ['phone', 'messenger'],
  email: ['email'],
  meeting: ['meeting'],
  message: ['chat', 'messenger', 'sms', 'social', 'web'],
  note: [],
};

describe('interaction type and channel', () => {
  it('accepts exactly the consistent pairs, and a note only without a channel', () => {
    for (const type of ACTIVITY_TYPES) {
      expect([...CHANNELS_FOR_TYPE[type]].sort()).toEqual([...FITS[type]].sort());
      for (const channel of CHANNELS) expect(channelIssue({ type, channel }) === null, `${type} · ${channel}`).toBe(FITS[type].includes(channel));
      expect(channelIssue({ type }) === null, `${type} without a channel`).toBe(type === 'note');
    }
  });

  it('the command refuses an inconsistent pair on create and on update, and writes nothing', async () => {
    const w = workspace();
    const base = { subject: 'Follow-up', occurredAt: '2026-03-01T10:00:00.000Z' };
    await expect(w.commands.create('activities', { ...base, type: 'note', channel: 'phone' })).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'channel' && i.code === 'channelForType'),
    );
    await expect(w.commands.create('activities', { ...base, type: 'call', channel: 'email' })).rejects.toBeInstanceOf(ValidationError);
    await expect(w.commands.create('activities', { ...base, type: 'call' })).rejects.toBeInstanceOf(ValidationError);
    expect(await w.db.rows('activities').count()).toBe(0);

    const note = await w.commands.create('activities', { ...base, type: 'note', source: 'campaign' });
    const call = await w.commands.create('activities', { ...base, type: 'call', channel: 'phone', direction: 'out' });
    expect(note.channel).toBeUndefined();
    // Changing only the type is checked against the stored channel: a call on the phone cannot become an e-mail.
    await expect(w.commands.update('activities', call.id, { type: 'email' })).rejects.toBeInstanceOf(ValidationError);
    expect((await w.db.rows('activities').get(call.id))?.type).toBe('call');
    await w.commands.update('activities', call.id, { type: 'email', channel: 'email' });
    expect((await w.db.rows('activities').get(call.id))?.channel).toBe('email');
    expect((await w.db.rows('activities').get(note.id))?.source).toBe('campaign');
  });
});
