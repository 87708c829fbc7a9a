import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { editDeal, moveDeal } from '../../../src/domain/deals/commands.ts';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('a deal is lost only with a reason', () => {
  it('refuses lost without a reason (board, outcome and form alike) and writes nothing', async () => {
    const w = new Workspace(`lost-${Date.now()}`, { tabs: null });
    open.push(w);
    const p = await w.commands.create('pipelines', { name: 'Sales', stages: DEFAULT_STAGES });
    const d = await w.commands.create('deals', { title: 'Big one', pipelineId: p.id, stageId: 'proposal', amount: 100, currency: 'USD' });
    await expect(w.runner.run(moveDeal, { id: d.id, stageId: 'lost' })).rejects.toThrow(/lostReason is required/);
    await expect(w.runner.run(moveDeal, { id: d.id, outcome: 'lost', lostReason: '   ' })).rejects.toThrow(/lostReason is required/);
    await expect(w.runner.run(editDeal, { id: d.id, values: { stageId: 'lost' } })).rejects.toThrow(/lostReason is required/);
    expect((await w.db.rows('deals').get(d.id))?.stageId).toBe('proposal');

    await w.runner.run(moveDeal, { id: d.id, stageId: 'lost', lostReason: 'Chose a competitor' });
    expect(await w.db.rows('deals').get(d.id)).toMatchObject({ stageId: 'lost', lostReason: 'Chose a competitor' });
    // Won and open stages need no reason.
    await w.runner.run(moveDeal, { id: d.id, stageId: 'won' });
    expect((await w.db.rows('deals').get(d.id))?.stageId).toBe('won');
  });
});
