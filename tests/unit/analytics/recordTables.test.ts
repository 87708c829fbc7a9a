import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { recordsToArrow } from '../../../src/analytics/warehouse/recordTables.ts';

describe('records as Arrow tables', () => {
  it('types columns from the field specs and keeps missing values as nulls', () => {
    const rows = [
      { id: 'd1', createdAt: '2025-01-02T03:04:05.000Z', updatedAt: '2025-01-02T03:04:05.000Z', title: 'Big deal', pipelineId: 'p', stageId: 'won', amount: 123456, currency: 'EUR', closedAt: '2025-02-01T00:00:00.000Z' },
      { id: 'd2', createdAt: '2025-01-03T00:00:00.000Z', updatedAt: '2025-01-03T00:00:00.000Z', title: 'Сделка 二', pipelineId: 'p', stageId: 'qualify', amount: 0, currency: 'RUB' },
    ];
    const t = arrow.tableFromIPC(arrow.tableToIPC(recordsToArrow(arrow, 'deals', rows)));
    expect(t.numRows).toBe(2);
    expect(t.schema.fields.find((f) => f.name === 'amount')?.type.toString()).toBe('Float64');
    expect(String(t.schema.fields.find((f) => f.name === 'closedAt')?.type)).toMatch(/Timestamp/);
    expect(t.getChild('title')?.toArray()).toEqual(['Big deal', 'Сделка 二']);
    expect(t.getChild('closedAt')?.get(1)).toBeNull();
    expect(Number(t.getChild('closedAt')?.get(0))).toBe(Date.parse('2025-02-01T00:00:00.000Z'));
    expect(t.getChild('lostReason')?.nullCount).toBe(2);
  });
});
