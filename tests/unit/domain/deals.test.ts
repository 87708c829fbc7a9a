import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Deal, type Pipeline } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { boardColumns, dealState, funnelSummary, isOverdue, matchesDeal, moveToStage } from '../../../src/domain/deals/index.ts';

const pipeline: Pipeline = { id: 'P', name: 'Sales', createdAt: '', updatedAt: '', stages: DEFAULT_STAGES };
const now = new Date('2026-03-10T12:00:00Z');

function deal(over: Partial<Deal> = {}): Deal {
  return {
    id: over.id ?? 'D1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Deal', pipelineId: 'P', stageId: 'qualify', amount: 10_000, currency: 'USD', ...over,
  };
}

describe('moveToStage', () => {
  it('moves between open stages without touching closedAt', () => {
    expect(moveToStage(deal(), pipeline, 'proposal', now)).toEqual({ stageId: 'proposal' });
  });

  it('sets closedAt when a deal is won or lost', () => {
    expect(moveToStage(deal(), pipeline, 'won', now)).toEqual({ stageId: 'won', closedAt: '2026-03-10T12:00:00.000Z' });
    expect(moveToStage(deal(), pipeline, 'lost', now, '  Too expensive ')).toEqual({
      stageId: 'lost', closedAt: '2026-03-10T12:00:00.000Z', lostReason: 'Too expensive',
    });
  });

  it('clears closedAt and the lost reason when reopened', () => {
    const lost = deal({ stageId: 'lost', closedAt: '2026-02-01T00:00:00.000Z', lostReason: 'Budget' });
    const patch = moveToStage(lost, pipeline, 'negotiate', now);
    expect(patch).toEqual({ stageId: 'negotiate', closedAt: undefined, lostReason: undefined });
    expect('closedAt' in patch).toBe(true);
  });

  it('restamps closedAt when a won deal turns lost, and drops the reason when a lost deal is won', () => {
    const won = deal({ stageId: 'won', closedAt: '2026-02-01T00:00:00.000Z' });
    expect(moveToStage(won, pipeline, 'lost', now).closedAt).toBe(now.toISOString());
    const lost = deal({ stageId: 'lost', closedAt: '2026-02-01T00:00:00.000Z', lostReason: 'Budget' });
    expect(moveToStage(lost, pipeline, 'won', now)).toEqual({ stageId: 'won', closedAt: now.toISOString(), lostReason: undefined });
  });

  it('keeps the original close when moving between two stages of the same closed kind', () => {
    const p: Pipeline = { ...pipeline, stages: [...DEFAULT_STAGES, { id: 'won2', name: 'Won (renewal)', probability: 1, kind: 'won' }] };
    const won = deal({ stageId: 'won', closedAt: '2026-02-01T00:00:00.000Z' });
    expect(moveToStage(won, p, 'won2', now)).toEqual({ stageId: 'won2' });
  });

  it('refuses a stage that is not in the pipeline, naming stageId', () => {
    try {
      moveToStage(deal(), pipeline, 'nope', now);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0].field).toBe('stageId');
    }
  });
});

describe('funnelSummary', () => {
  it('counts, sums and weights per stage and computes the win rate', () => {
    const s = funnelSummary(
      [
        deal({ stageId: 'proposal', amount: 1000 }),
        deal({ stageId: 'proposal', amount: 3000 }),
        deal({ stageId: 'negotiate', amount: 1001 }),
        deal({ stageId: 'won', amount: 500 }),
        deal({ stageId: 'won', amount: 500 }),
        deal({ stageId: 'won', amount: 500 }),
        deal({ stageId: 'lost', amount: 900 }),
        deal({ stageId: 'gone', amount: 1 }),
      ],
      pipeline,
    );
    const proposal = s.stages.find((x) => x.stage.id === 'proposal')!;
    expect(proposal.count).toBe(2);
    expect(proposal.totals).toEqual([{ currency: 'USD', count: 2, amount: 4000, weighted: 2000 }]);
    expect(s.stages.find((x) => x.stage.id === 'negotiate')!.totals[0].weighted).toBe(Math.round(1001 * 0.75));
    expect(s.stages.find((x) => x.stage.id === 'lost')!.totals[0].weighted).toBe(0);
    expect(s.stages.map((x) => x.stage.id)).toEqual(DEFAULT_STAGES.map((x) => x.id));
    expect([s.open, s.won, s.lost]).toEqual([3, 3, 1]);
    expect(s.winRate).toBe(0.75);
    expect(s.openTotals).toEqual([{ currency: 'USD', count: 3, amount: 5001, weighted: 2000 + Math.round(1001 * 0.75) }]);
  });

  it('never adds different currencies; the most common one comes first', () => {
    const s = funnelSummary(
      [
        deal({ stageId: 'qualify', amount: 100, currency: 'EUR' }),
        deal({ stageId: 'qualify', amount: 900_000, currency: 'RUB' }),
        deal({ stageId: 'qualify', amount: 200, currency: 'EUR' }),
      ],
      pipeline,
    );
    const q = s.stages[0];
    expect(q.count).toBe(3);
    expect(q.totals.map((x) => [x.currency, x.count, x.amount])).toEqual([['EUR', 2, 300], ['RUB', 1, 900_000]]);
    expect(s.openTotals.map((x) => x.currency)).toEqual(['EUR', 'RUB']);
  });

  it('has no win rate before anything closed', () => {
    expect(funnelSummary([deal()], pipeline).winRate).toBeNull();
    expect(funnelSummary([], pipeline).stages.every((x) => x.count === 0 && x.totals.length === 0)).toBe(true);
  });
});

describe('board and filters', () => {
  it('orders open columns by expected close and closed columns by latest close', () => {
    const cols = boardColumns(
      [
        deal({ id: 'a', stageId: 'qualify', expectedClose: '2026-05-01' }),
        deal({ id: 'b', stageId: 'qualify' }),
        deal({ id: 'c', stageId: 'qualify', expectedClose: '2026-04-01' }),
        deal({ id: 'd', stageId: 'won', closedAt: '2026-01-01T00:00:00.000Z' }),
        deal({ id: 'e', stageId: 'won', closedAt: '2026-03-01T00:00:00.000Z' }),
      ],
      pipeline,
    );
    expect(cols.map((c) => c.deals.length)).toEqual([3, 0, 0, 0, 2, 0]);
    expect(cols[0].deals.map((d) => d.id)).toEqual(['c', 'a', 'b']);
    expect(cols[4].deals.map((d) => d.id)).toEqual(['e', 'd']);
  });

  it('knows the state of a deal and when it is overdue', () => {
    expect(dealState(deal({ stageId: 'lost' }), pipeline)).toBe('lost');
    expect(dealState(deal({ stageId: 'removed-stage' }), pipeline)).toBe('open');
    expect(isOverdue(deal({ expectedClose: '2026-03-09' }), pipeline, '2026-03-10')).toBe(true);
    expect(isOverdue(deal({ expectedClose: '2026-03-10' }), pipeline, '2026-03-10')).toBe(false);
    expect(isOverdue(deal({ expectedClose: '2026-03-09', stageId: 'won' }), pipeline, '2026-03-10')).toBe(false);
  });

  it('filters by owner, stage and state', () => {
    const d = deal({ ownerId: 'M1', stageId: 'won' });
    expect(matchesDeal(d, pipeline, { ownerId: '', stageId: '', state: '' })).toBe(true);
    expect(matchesDeal(d, pipeline, { ownerId: 'M1', stageId: 'won', state: 'won' })).toBe(true);
    expect(matchesDeal(d, pipeline, { ownerId: 'M2', stageId: '', state: '' })).toBe(false);
    expect(matchesDeal(d, pipeline, { ownerId: '', stageId: '', state: 'open' })).toBe(false);
  });
});
