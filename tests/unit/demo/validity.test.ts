import { describe, expect, it } from 'vitest';
import { COLLECTIONS, RECORD_TYPES, stageIssues } from '../../../src/domain/entities/index.ts';
import { isUlid } from '../../../src/domain/ids.ts';
import { unknownPlaceholders } from '../../../src/domain/campaigns/template.ts';
import { checkRule } from '../../../src/domain/segments/rule.ts';
import { demo, NOW_MS } from './fixture.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('demo workspace: every record is valid', () => {
  const ws = demo(0.1);

  // The demo saves no views of the lists (the team makes its own), so there is nothing of them to check.
  it.each(COLLECTIONS.filter((c) => c !== 'views'))('%s pass validateNew and are already normalised', (name) => {
    const type = RECORD_TYPES[name];
    const recs = ws.records[name] as unknown as Record<string, unknown>[];
    expect(recs.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const r of recs) {
      const { id, createdAt, updatedAt, ...draft } = r;
      if (!isUlid(id)) failures.push(`${String(id)}: bad id`);
      if (typeof createdAt !== 'string' || !ISO.test(createdAt)) failures.push(`${String(id)}: bad createdAt`);
      if (typeof updatedAt !== 'string' || !ISO.test(updatedAt) || updatedAt < String(createdAt)) failures.push(`${String(id)}: bad updatedAt`);
      if (Date.parse(String(createdAt)) > NOW_MS) failures.push(`${String(id)}: created in the future`);
      try {
        // Normalising must be a no-op: what the generator writes is what a form would have stored.
        const out = type.validateNew(draft);
        expect(out).toEqual(draft);
      } catch (e) {
        failures.push(`${String(id)}: ${(e as Error).message}`);
      }
      if (failures.length > 5) break;
    }
    expect(failures).toEqual([]);
  });

  it('has pipelines with valid stages and segments with valid rules', () => {
    for (const p of ws.records.pipelines) expect(stageIssues(p.stages)).toBeNull();
    for (const s of ws.records.segments) expect(checkRule(s.rule)).toMatchObject({ ok: true });
    for (const c of ws.records.campaigns) expect(unknownPlaceholders(c.template ?? '')).toEqual([]);
  });

  it('has well-formed orders whose totals are the sum of their lines', () => {
    const sums = new Map<string, { total: number; n: number }>();
    const badLines = ws.lines.filter((l) => !(Number.isInteger(l.quantity) && l.quantity > 0 && Number.isInteger(l.unitPrice) && l.unitPrice > 0));
    expect(badLines).toEqual([]);
    for (const l of ws.lines) {
      const s = sums.get(l.orderId) ?? { total: 0, n: 0 };
      s.total += l.quantity * l.unitPrice;
      s.n++;
      sums.set(l.orderId, s);
    }
    const badOrders = ws.orders.filter((o) => {
      const s = sums.get(o.id);
      return (
        !isUlid(o.id) ||
        !ISO.test(o.orderedAt) ||
        Date.parse(o.orderedAt) > NOW_MS ||
        !/^[A-Z]{3}$/.test(o.currency) ||
        !['paid', 'refunded', 'cancelled'].includes(o.status) ||
        !['web', 'sales', 'partner', 'marketplace'].includes(o.channel) ||
        !s || s.total !== o.total || s.n !== o.lineCount
      );
    });
    expect(badOrders).toEqual([]);
    expect(new Set(ws.orders.map((o) => o.number)).size).toBe(ws.orders.length);
  });

  it('keeps ticket steps in order and consistent with the status', () => {
    const steps = ['receivedAt', 'recordedAt', 'assignedAt', 'processingAt', 'closedAt'] as const;
    const statuses = ['received', 'recorded', 'assigned', 'in_progress', 'closed'];
    for (const t of ws.records.tickets) {
      const reached = statuses.indexOf(t.status);
      let prev = '';
      steps.forEach((f, i) => {
        const v = t[f];
        if (i <= reached) {
          expect(v, `${t.id} ${f}`).toBeDefined();
          expect(v! >= prev).toBe(true);
          prev = v!;
        } else expect(v, `${t.id} ${f}`).toBeUndefined();
      });
      expect(t.updatedAt).toBe(t[steps[reached]]);
      if (reached >= 2) expect(t.assigneeId).toBeDefined();
      if (t.status !== 'closed') expect(t.satisfaction ?? t.resolution).toBeUndefined();
    }
  });

  it('dates deals, tasks and campaigns sensibly', () => {
    const today = new Date(NOW_MS).toISOString().slice(0, 10);
    for (const d of ws.records.deals) {
      if (d.stageId === 'won' || d.stageId === 'lost') {
        expect(d.closedAt).toBeDefined();
        expect(d.closedAt! >= d.createdAt).toBe(true);
        expect(Date.parse(d.closedAt!)).toBeLessThanOrEqual(NOW_MS);
        if (d.stageId === 'lost') expect(d.lostReason).toBeTruthy();
      } else {
        expect(d.closedAt).toBeUndefined();
        expect(d.expectedClose! > today).toBe(true);
      }
    }
    for (const t of ws.records.tasks) {
      expect(t.status === 'done').toBe(t.completedAt !== undefined);
      if (t.completedAt) expect(t.completedAt >= t.createdAt).toBe(true);
      if (t.remindAt) expect(t.remindAt <= t.dueAt!).toBe(true);
    }
    for (const c of ws.records.campaigns) if (c.startAt && c.endAt) expect(c.startAt < c.endAt).toBe(true);
  });
});
