import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { attainment, EVERY_MONTH, setSalesTarget, targetFor } from '../../../src/domain/deals/targets.ts';
import { PER_USD } from '../../../src/domain/currency.ts';
import { DEFAULT_STAGES, type Deal, type TeamMember } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const period = { month: '2026-11', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
const pipelines = [{ id: 'p', stages: DEFAULT_STAGES }];
type D = Pick<Deal, 'pipelineId' | 'stageId' | 'amount' | 'currency' | 'closedAt' | 'ownerId'>;
const deal = (ownerId: string, stageId: string, amount: number, currency: string, closedAt: string): D => ({ pipelineId: 'p', stageId, amount, currency, closedAt, ownerId });

describe('monthly sales targets', () => {
  it("a month's own target wins over the every-month one", () => {
    const m = { salesTargets: { [EVERY_MONTH]: 1000, '2026-12': 5000 } };
    expect(targetFor(m, '2026-11')).toBe(1000);
    expect(targetFor(m, '2026-12')).toBe(5000);
    expect(targetFor({}, '2026-11')).toBeUndefined();
  });

  it('counts won deals closed inside the month, per owner, in the reporting currency', () => {
    const members: Pick<TeamMember, 'id' | 'name' | 'salesTargets'>[] = [
      { id: 'ann', name: 'Ann', salesTargets: { [EVERY_MONTH]: 100_000 } },
      { id: 'bob', name: 'Bob', salesTargets: { '2026-11': 50_000 } },
      { id: 'cy', name: 'Cy' },
      { id: 'dee', name: 'Dee' },
    ];
    const deals = [
      deal('ann', 'won', 30_000, 'USD', '2026-11-03T10:00:00.000Z'),
      deal('ann', 'won', 92_000, 'EUR', '2026-11-30T23:59:59.999Z'), // 100,000 USD cents
      deal('ann', 'won', 99_999, 'USD', '2026-12-01T00:00:00.000Z'), // next month
      deal('ann', 'won', 99_999, 'USD', '2026-10-31T23:59:59.999Z'), // last month
      deal('ann', 'lost', 99_999, 'USD', '2026-11-10T00:00:00.000Z'), // lost
      deal('ann', 'proposal', 99_999, 'USD', '2026-11-10T00:00:00.000Z'), // open
      deal('bob', 'won', 900_000, 'RUB', '2026-11-15T00:00:00.000Z'), // 10,000 USD cents
      deal('cy', 'won', 7_000, 'USD', '2026-11-15T00:00:00.000Z'), // no target: shown, not in the team's share
    ];
    const r = attainment(deals, pipelines, members, period);
    expect(r.rows.map((x) => x.memberId)).toEqual(['ann', 'bob', 'cy']);
    expect(r.rows[0]).toEqual({ memberId: 'ann', target: 100_000, won: 130_000, wonDeals: 2, share: 1.3 });
    expect(r.rows[1]).toEqual({ memberId: 'bob', target: 50_000, won: Math.round(900_000 / PER_USD.RUB), wonDeals: 1, share: 0.2 });
    expect(r.rows[2]).toEqual({ memberId: 'cy', target: undefined, won: 7_000, wonDeals: 1, share: null });
    expect(r.target).toBe(150_000);
    expect(r.wonAgainstTarget).toBe(140_000);
    expect(r.share).toBeCloseTo(140_000 / 150_000, 10);
  });

  it('agrees with a brute-force sum over random deals', () => {
    let x = 17;
    const rnd = (n: number) => ((x = (x * 48271) % 2147483647), x % n);
    const owners = ['a', 'b', 'c'];
    const stages = DEFAULT_STAGES.map((s) => s.id);
    const currencies = Object.keys(PER_USD);
    for (let round = 0; round < 50; round++) {
      const deals: D[] = [];
      for (let i = rnd(40); i > 0; i--) {
        const day = 1 + rnd(60); // October to December
        const at = new Date(Date.UTC(2026, 9, day, rnd(24))).toISOString();
        deals.push(deal(owners[rnd(3)], stages[rnd(stages.length)], rnd(1_000_000), currencies[rnd(currencies.length)], at));
      }
      const members = owners.map((id) => ({ id, name: id, salesTargets: { [EVERY_MONTH]: 1 + rnd(500_000) } }));
      const r = attainment(deals, pipelines, members, period);
      for (const m of members) {
        const mine = deals.filter((d) => d.ownerId === m.id && d.stageId === 'won' && d.closedAt! >= period.from && d.closedAt! < period.to);
        const sum = Math.round(mine.reduce((s, d) => s + d.amount / PER_USD[d.currency], 0));
        const row = r.rows.find((y) => y.memberId === m.id)!;
        expect(row.won).toBe(sum);
        expect(row.wonDeals).toBe(mine.length);
        expect(row.share).toBeCloseTo(sum / m.salesTargets['*'], 10);
      }
    }
  });

  it('is set through a named command that validates and writes nothing on bad input', async () => {
    const w = new Workspace(`targets-${Date.now()}`, { tabs: null });
    open.push(w);
    const m = await w.commands.create('members', { name: 'Ann', email: 'ann@example.com', role: 'sales' });
    await w.runner.run(setSalesTarget, { memberId: m.id, month: EVERY_MONTH, amount: 2_500_000 });
    await w.runner.run(setSalesTarget, { memberId: m.id, month: '2026-11', amount: 3_000_000 });
    expect((await w.db.rows('members').get(m.id))?.salesTargets).toEqual({ '*': 2_500_000, '2026-11': 3_000_000 });

    const bad = await w.runner.run(setSalesTarget, { memberId: m.id, month: '2026-13', amount: -5 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).issues.map((i) => [i.field, i.code])).toEqual([
      ['targetMonth', 'date'],
      ['salesTarget', 'range'],
    ]);
    await expect(w.runner.run(setSalesTarget, { memberId: m.id, month: '2026-11', amount: 1.5 })).rejects.toThrow(ValidationError);
    expect((await w.db.rows('members').get(m.id))?.salesTargets).toEqual({ '*': 2_500_000, '2026-11': 3_000_000 });

    await w.runner.run(setSalesTarget, { memberId: m.id, month: '2026-11', amount: null });
    expect((await w.db.rows('members').get(m.id))?.salesTargets).toEqual({ '*': 2_500_000 });
  });
});
