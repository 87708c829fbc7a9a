import { describe, expect, it } from 'vitest';
import { categoryPeriods, checkFilter, monthsInRange, ofMembers } from '../../../src/analytics/dashboard/filter.ts';

describe('dashboard filter', () => {
  it('says what is wrong: not a month, or from after to', () => {
    expect(checkFilter({})).toEqual([]);
    expect(checkFilter({ from: '2025-03', to: '2025-12' })).toEqual([]);
    expect(checkFilter({ from: '2025-13' })).toEqual(['from']);
    expect(checkFilter({ to: 'March' })).toEqual(['to']);
    expect(checkFilter({ from: '2025-06', to: '2025-02' })).toEqual(['range']);
  });

  it('keeps the months inside the range, values alongside', () => {
    const s = { months: ['2025-01', '2025-02', '2025-03', '2025-04'], revenue: [1, 2, 3, 4], orders: [5, 6, 7, 8], partialLast: true };
    expect(monthsInRange(s, { from: '2025-02', to: '2025-03' })).toEqual({ months: ['2025-02', '2025-03'], revenue: [2, 3], orders: [6, 7], partialLast: false });
    expect(monthsInRange(s, { from: '2025-04' })).toEqual({ months: ['2025-04'], revenue: [4], orders: [8], partialLast: true });
    expect(monthsInRange(s, {})).toEqual(s);
  });

  it('narrows records to the segment members; no segment keeps all', () => {
    const os = [{ contactId: 'a' }, { contactId: 'b' }, {}];
    expect(ofMembers(os, new Set(['b']))).toEqual([{ contactId: 'b' }]);
    expect(ofMembers(os, null)).toHaveLength(3);
  });

  it('a month range compares with the same number of days just before it; the bounds include the first and last day', () => {
    const now = Date.parse('2026-06-15T12:00:00Z');
    const p = categoryPeriods(now, { from: '2026-03', to: '2026-03' });
    // productSales reads (start, end]: an order at 1 March 00:00 counts, one at 1 April 00:00 does not.
    expect('2026-03-01T00:00:00.000Z' > p.start).toBe(true);
    expect('2026-02-28T23:59:59.999Z' > p.start).toBe(false);
    expect('2026-03-31T23:59:59.999Z' <= p.end).toBe(true);
    expect('2026-04-01T00:00:00.000Z' <= p.end).toBe(false);
    // The comparison period is exactly as long, just before.
    expect(Date.parse(p.end) - Date.parse(p.start)).toBe(Date.parse(p.start) - Date.parse(p.prevStart));
    // The default: the last 12 months and the 12 before, ending now.
    expect(categoryPeriods(now, {})).toEqual({ start: '2025-06-15T12:00:00.000Z', end: '2026-06-15T12:00:00.000Z', prevStart: '2024-06-15T12:00:00.000Z' });
    // A range running into the future ends now.
    expect(categoryPeriods(now, { from: '2026-06', to: '2026-12' }).end).toBe('2026-06-15T12:00:00.000Z');
  });
});
