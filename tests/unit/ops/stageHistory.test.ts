import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { editDeal, moveDeal, setStageIdleDays } from '../../../src/domain/deals/commands.ts';
import { DEFAULT_IDLE_DAYS, isIdle, stageStays, timeInStage } from '../../../src/domain/deals/stageHistory.ts';
import { DEFAULT_STAGES, type Deal, type Pipeline } from '../../../src/domain/entities/index.ts';
import { generateDemo } from '../../../src/demo/generate.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const DAY = 86_400_000;
const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const pipeline: Pipeline = { id: 'p', name: 'Sales', stages: DEFAULT_STAGES, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const deal = (over: Partial<Deal> = {}): Deal => ({
  id: 'd', title: 'x', pipelineId: 'p', stageId: 'proposal', amount: 1, currency: 'USD', createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z', ...over,
});

describe('stage history', () => {
  it('a never-moved deal has been in its stage since creation; idle only past the stage limit', () => {
    const d = deal();
    const now = new Date(Date.parse(d.createdAt) + DEFAULT_IDLE_DAYS * DAY);
    expect(timeInStage(d, now)).toBe(DEFAULT_IDLE_DAYS * DAY);
    expect(isIdle(d, pipeline, now)).toBe(false);
    expect(isIdle(d, pipeline, new Date(now.getTime() + 1))).toBe(true);
    const strict = { ...pipeline, stages: DEFAULT_STAGES.map((s) => (s.id === 'proposal' ? { ...s, idleDays: 3 } : s)) };
    expect(isIdle(d, strict, new Date(Date.parse(d.createdAt) + 4 * DAY))).toBe(true);
    // Won and lost deals are never idle, however old.
    expect(isIdle(deal({ stageId: 'won' }), pipeline, new Date('2030-01-01'))).toBe(false);
  });

  it('stays add up to the time between the first visit and now (or closing), each ending where the next starts', () => {
    const h = [
      { stageId: 'qualify', at: '2026-03-01T00:00:00.000Z' },
      { stageId: 'proposal', at: '2026-03-04T00:00:00.000Z' },
      { stageId: 'negotiate', at: '2026-03-10T00:00:00.000Z' },
    ];
    const now = new Date('2026-03-15T00:00:00.000Z');
    const stays = stageStays(deal({ stageId: 'negotiate', stageHistory: h }), now);
    expect(stays.map((s) => s.ms / DAY)).toEqual([3, 6, 5]);
    expect(stays.map((s) => s.current)).toEqual([false, false, true]);
    const closed = stageStays(deal({ stageId: 'won', closedAt: '2026-03-12T00:00:00.000Z', stageHistory: [...h, { stageId: 'won', at: '2026-03-12T00:00:00.000Z' }] }), now);
    expect(closed.at(-1)!.ms).toBe(0);
  });

  it('the move and edit commands record each stage entered, by whom; the idle limit is validated and shared on the pipeline', async () => {
    const w = new Workspace(`stages-${Date.now()}`, { tabs: null });
    open.push(w);
    const p = await w.commands.create('pipelines', { name: 'Sales', stages: DEFAULT_STAGES });
    const d = await w.commands.create('deals', { title: 'Big one', pipelineId: p.id, stageId: 'qualify', amount: 100, currency: 'USD' });
    await w.runner.run(moveDeal, { id: d.id, stageId: 'proposal' });
    await w.runner.run(moveDeal, { id: d.id, stageId: 'proposal' });
    await w.runner.run(editDeal, { id: d.id, values: { stageId: 'lost', lostReason: 'Price' } });
    const after = (await w.db.rows('deals').get(d.id))!;
    expect(after.stageHistory!.map((v) => v.stageId)).toEqual(['qualify', 'proposal', 'lost']);
    expect(after.stageHistory![0].at).toBe(d.createdAt);
    expect(after.stageHistory![2].at).toBe(after.closedAt);

    await expect(w.runner.run(setStageIdleDays, { pipelineId: p.id, stageId: 'proposal', days: 0 })).rejects.toThrow(/idleDays/);
    await expect(w.runner.run(setStageIdleDays, { pipelineId: p.id, stageId: 'proposal', days: 2.5 })).rejects.toThrow(/idleDays/);
    await expect(w.runner.run(setStageIdleDays, { pipelineId: p.id, stageId: 'nope', days: 5 })).rejects.toThrow(/stageId/);
    expect((await w.db.rows('pipelines').get(p.id))!.stages.some((s) => s.idleDays !== undefined)).toBe(false);
    await w.runner.run(setStageIdleDays, { pipelineId: p.id, stageId: 'proposal', days: 5 });
    expect((await w.db.rows('pipelines').get(p.id))!.stages.find((s) => s.id === 'proposal')!.idleDays).toBe(5);
  });

  it('every demo deal has a history that starts at creation, runs forward and ends in its stage', () => {
    const ws = generateDemo({ seed: 7, now: '2026-06-01T12:00:00.000Z', scale: 0.05 });
    const pipelines = new Map(ws.records.pipelines.map((p) => [p.id, p]));
    expect(ws.records.deals.length).toBeGreaterThan(50);
    for (const d of ws.records.deals) {
      const h = d.stageHistory!;
      expect(h[0].at).toBe(d.createdAt);
      expect(h.at(-1)!.stageId).toBe(d.stageId);
      for (let i = 1; i < h.length; i++) expect(h[i].at >= h[i - 1].at).toBe(true);
      if (d.closedAt) expect(h.at(-1)!.at).toBe(d.closedAt);
      for (const v of h) expect(pipelines.get(d.pipelineId)!.stages.some((s) => s.id === v.stageId)).toBe(true);
    }
  });
});
