import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PRIORITIES, TICKET_CATEGORIES, WORKSPACE_SETTINGS_ID, type Ticket } from '../../../src/domain/entities/index.ts';
import { advance } from '../../../src/domain/tickets/lifecycle.ts';
import { DEFAULT_SLA, groupStats, isOpenBreach, pickAgent, setSlaTargets, slaState, slaTargets, type SlaTargets } from '../../../src/domain/tickets/index.ts';
import { setSupportProfile } from '../../../src/domain/tickets/skills.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const HOUR = 3_600_000;
const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});
const now = new Date('2026-11-30T12:00:00.000Z');
const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();

describe('SLA targets per priority', () => {
  it('are set through a named command, validated as a whole, and change what counts as a breach', async () => {
    const w = new Workspace(`sla-${Date.now()}`, { tabs: null });
    open.push(w);
    const targets: SlaTargets = { ...DEFAULT_SLA, normal: { firstResponse: 2 * HOUR, resolution: 10 * HOUR } };
    await w.runner.run(setSlaTargets, { targets });
    const stored = await w.db.rows('settings').get(WORKSPACE_SETTINGS_ID);
    expect(slaTargets(stored)).toEqual(targets);

    // A ticket waiting 3 h: within the default 8 h first response, past the workspace's 2 h.
    const k = { priority: 'normal' as const, status: 'assigned' as const, receivedAt: at(3) };
    expect(isOpenBreach(k, now)).toBe(false);
    expect(isOpenBreach(k, now, slaTargets(stored))).toBe(true);

    const bad = { ...targets, urgent: { firstResponse: 9 * HOUR, resolution: 8 * HOUR }, low: { firstResponse: 0, resolution: 1.5 * 60_000 + 1 } };
    const e = await w.runner.run(setSlaTargets, { targets: bad }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.map((i) => `${i.field} ${i.code}`).sort()).toEqual(['sla.low.firstResponse slaRange', 'sla.low.resolution slaRange', 'sla.urgent.firstResponse slaOrder']);
    expect(slaTargets(await w.db.rows('settings').get(WORKSPACE_SETTINGS_ID))).toEqual(targets);
  });

  it('the defaults stand for priorities the settings do not name', () => {
    expect(slaTargets(undefined)).toEqual(DEFAULT_SLA);
    expect(slaTargets({ sla: { high: { firstResponse: HOUR, resolution: 2 * HOUR } } }).low).toEqual(DEFAULT_SLA.low);
  });
});

describe('best skill match by language and topic', () => {
  const agents = [
    { id: 'a', name: 'Ann', role: 'support' as const, skills: { 'lang:ru': 9, 'topic:billing': 2 } },
    { id: 'b', name: 'Boris', role: 'support' as const, skills: { 'lang:ru': 6, 'topic:billing': 9 } },
  ];
  it('adds the topic skill to the language skill', () => {
    const billing = { id: 'n', status: 'recorded' as const, lang: 'ru' as const, category: 'billing' as const };
    expect(pickAgent(agents, [billing], 'bestSkill', 'n')).toBe('b');
    const delivery = { ...billing, category: 'delivery' as const };
    expect(pickAgent(agents, [delivery], 'bestSkill', 'n')).toBe('a');
  });

  it('topic skills are stored through the support profile command; unknown skill keys are refused', async () => {
    const w = new Workspace(`topics-${Date.now()}`, { tabs: null });
    open.push(w);
    const m = await w.commands.create('members', { name: 'Ann', email: 'ann@example.com', role: 'support' });
    await w.runner.run(setSupportProfile, { id: m.id, skills: { 'topic:billing': 8, 'lang:en': 5 }, ticketCapacity: 20 });
    expect(await w.db.rows('members').get(m.id)).toMatchObject({ skills: { 'topic:billing': 8, 'lang:en': 5 }, ticketCapacity: 20 });
    await expect(w.runner.run(setSupportProfile, { id: m.id, skills: { 'topic:astrology': 8 }, ticketCapacity: 20 })).rejects.toThrow(ValidationError);
  });
});

describe('support analysis per agent, channel and category', () => {
  it('a reopen is counted on the ticket', () => {
    const closed = { status: 'closed' as const, closedAt: at(1), resolution: 'done', satisfaction: 4 };
    const p = advance(closed, 'in_progress', now);
    expect(p).toMatchObject({ status: 'in_progress', reopenCount: 1, closedAt: undefined, satisfaction: undefined });
    expect(advance({ ...closed, reopenCount: 1 }, 'in_progress', now).reopenCount).toBe(2);
  });

  it('agrees with a brute-force computation over random tickets', () => {
    let x = 99;
    const r = (n: number) => ((x = (x * 48271) % 2147483647), x % n);
    const channels = ['email', 'phone', 'web'] as const;
    const statuses = ['received', 'assigned', 'in_progress', 'closed'] as const;
    type K = Pick<Ticket, 'id' | 'status' | 'priority' | 'receivedAt' | 'processingAt' | 'closedAt' | 'satisfaction' | 'assigneeId' | 'channel' | 'category' | 'reopenCount' | 'subject'>;
    for (let round = 0; round < 40; round++) {
      const ts: K[] = [];
      for (let i = r(30) + 1; i > 0; i--) {
        const status = statuses[r(4)];
        const received = 10 + r(200);
        const k: K = { id: `t${i}`, subject: `s${r(3)}`, status, priority: PRIORITIES[r(4)], receivedAt: at(received), channel: channels[r(3)] };
        if (r(4)) k.category = TICKET_CATEGORIES[r(TICKET_CATEGORIES.length)];
        if (r(5)) k.assigneeId = ['a', 'b'][r(2)];
        if (status === 'in_progress' || status === 'closed') k.processingAt = at(received - r(10));
        if (status === 'closed') {
          k.closedAt = at(r(10));
          if (r(2)) k.satisfaction = 1 + r(5);
        }
        if (r(6) === 0) k.reopenCount = 1;
        ts.push(k);
      }
      // A fake scorer: the subject's digit decides, so the oracle knows every score.
      const sentimentOf = (k: { subject?: string }) => (k.subject === 's0' ? null : { score: k.subject === 's1' ? -0.5 : 0.25, negative: k.subject === 's1' });
      const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
      for (const by of ['agent', 'channel', 'category'] as const) {
        const keyOf = (k: K) => (by === 'agent' ? k.assigneeId : by === 'channel' ? k.channel : (k.category ?? 'other'));
        const rows = groupStats(ts, by, now, { sentimentOf });
        const keys = [...new Set(ts.map(keyOf).filter((k): k is string => !!k))];
        expect(rows.map((row) => row.key).sort()).toEqual(keys.sort());
        for (const row of rows) {
          const g = ts.filter((k) => keyOf(k) === row.key);
          const closed = g.filter((k) => k.status === 'closed');
          const everClosed = g.filter((k) => k.status === 'closed' || k.reopenCount);
          expect(row.open).toBe(g.length - closed.length);
          expect(row.closed).toBe(closed.length);
          expect(row.avgFirstResponse).toBe(mean(g.filter((k) => k.processingAt).map((k) => Date.parse(k.processingAt!) - Date.parse(k.receivedAt))));
          expect(row.avgResolve).toBe(mean(closed.map((k) => Date.parse(k.closedAt!) - Date.parse(k.receivedAt))));
          expect(row.reopenRate).toBe(everClosed.length ? everClosed.filter((k) => k.reopenCount).length / everClosed.length : null);
          expect(row.breachRate).toBe(g.filter((k) => slaState(k, now).breached).length / g.length);
          expect(row.avgSatisfaction).toBe(mean(closed.filter((k) => k.satisfaction !== undefined).map((k) => k.satisfaction!)));
          const sc = g.map(sentimentOf).filter((s) => s !== null);
          expect(row.avgSentiment).toBe(mean(sc.map((s) => s.score)));
          expect(row.negativeShare).toBe(sc.length ? sc.filter((s) => s.negative).length / sc.length : null);
        }
      }
    }
  });
});
