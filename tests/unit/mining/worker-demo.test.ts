import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/demo/generate.ts';
import { evaluateClassifier } from '../../../src/mining/worker/classify.ts';
import { leadDataset } from '../../../src/mining/worker/deals.ts';
import type { DealFact } from '../../../src/mining/worker/facts.ts';

describe('lead scoring on the demo workspace', () => {
  it('finds real signal in won/lost deals (source, activity, size)', () => {
    const now = '2026-11-26T00:00:00.000Z';
    const demo = generateDemo({ seed: 20261126, now });
    const activities = new Map<string, number>();
    for (const a of demo.records.activities) if (a.dealId) activities.set(a.dealId, (activities.get(a.dealId) ?? 0) + 1);
    const facts: DealFact[] = demo.records.deals.map((d) => ({
      id: d.id,
      title: d.title,
      amount: d.amount / 100,
      source: d.source,
      ownerId: d.ownerId,
      createdMs: Date.parse(d.createdAt),
      closedMs: d.closedAt ? Date.parse(d.closedAt) : undefined,
      outcome: d.stageId === 'won' ? 'won' : d.stageId === 'lost' ? 'lost' : 'open',
      activities: activities.get(d.id) ?? 0,
    }));
    const data = leadDataset(facts, Date.parse(now));
    const ev = evaluateClassifier(data.X, data.y);
    console.log(`demo lead scoring: AUC ${ev.auc.toFixed(3)} on ${ev.nTest} held-out closed deals`);
    expect(ev.auc).toBeGreaterThan(0.68);
  });
});
