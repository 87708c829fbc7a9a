import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { moveDeals } from '../../../src/domain/deals/commands.ts';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function setup() {
  const w = new Workspace(`bulkmove-${Date.now()}-${open.length}`, { tabs: null });
  open.push(w);
  const p = await w.commands.create('pipelines', { name: 'Sales', stages: DEFAULT_STAGES });
  const ds = [];
  for (const [i, stageId] of ['proposal', 'qualified', 'proposal', 'won'].entries())
    ds.push(await w.commands.create('deals', { title: `D${i}`, pipelineId: p.id, stageId, amount: 100, currency: 'USD' }));
  return { w, ds };
}

describe('moving a selection of deals', () => {
  it('a move to Lost without a reason writes nothing; with one, every deal is lost with it and its stage history', async () => {
    const { w, ds } = await setup();
    const ids = ds.slice(0, 3).map((d) => d.id);
    await expect(w.runner.run(moveDeals, { ids, stageId: 'lost' })).rejects.toThrow(/lostReason is required/);
    expect((await w.db.rows('deals').bulkGet(ids)).map((d) => d?.stageId)).toEqual(['proposal', 'qualified', 'proposal']);

    expect(await w.runner.run(moveDeals, { ids, stageId: 'lost', lostReason: 'Budget cut' })).toBe(3);
    const after = await w.db.rows('deals').bulkGet(ids);
    for (const d of after) {
      expect(d).toMatchObject({ stageId: 'lost', lostReason: 'Budget cut' });
      expect(d?.closedAt).toBeTruthy();
      expect(d?.stageHistory?.at(-1)?.stageId).toBe('lost');
    }
    // One undo step brings the whole selection back.
    expect(w.undo.undo()).toBe(true);
    await w.docs.flushed();
    expect((await w.db.rows('deals').bulkGet(ids)).map((d) => d?.stageId)).toEqual(['proposal', 'qualified', 'proposal']);
  });

  it('skips deals already in the stage, refuses a stage the pipeline lacks', async () => {
    const { w, ds } = await setup();
    expect(await w.runner.run(moveDeals, { ids: ds.map((d) => d.id), stageId: 'proposal' })).toBe(2);
    await expect(w.runner.run(moveDeals, { ids: [ds[0].id], stageId: 'nowhere' })).rejects.toThrow(/stageId/);
    await expect(w.runner.run(moveDeals, { ids: [], stageId: 'won' })).rejects.toThrow(/ids/);
  });
});
