import { describe, expect, it } from 'vitest';
import { checkRule, fromBuilder, matches, segmentMembers, toBuilder, type Rule } from '../../../src/domain/segments/index.ts';

const lapsed = { recencyDays: 400, frequency: 3, monetary: 90_000, lifecycle: 'customer', country: 'DE' } as const;
const fresh = { recencyDays: 5, frequency: 12, monetary: 1_200_000, lifecycle: 'customer', country: 'US' } as const;
const never = { frequency: 0, monetary: 0, lifecycle: 'lead' } as const;

function ok(rule: unknown): Rule {
  const r = checkRule(rule);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.rule;
}

describe('segment rules', () => {
  it('matches the example rule from the entity doc', () => {
    const rule = ok({ all: [{ field: 'recencyDays', op: '>', value: 180 }] });
    expect(matches(lapsed, rule)).toBe(true);
    expect(matches(fresh, rule)).toBe(false);
  });

  it('treats absent measures as matching nothing, not even "!="', () => {
    expect(matches(never, ok({ all: [{ field: 'recencyDays', op: '>', value: 180 }] }))).toBe(false);
    expect(matches(never, ok({ all: [{ field: 'recencyDays', op: '!=', value: 1 }] }))).toBe(false);
    expect(matches(never, ok({ all: [{ field: 'frequency', op: '=', value: 0 }] }))).toBe(true);
  });

  it('combines all, any, not and lists', () => {
    const rule = ok({
      any: [
        { all: [{ field: 'monetary', op: '>=', value: 1_000_000 }, { field: 'country', op: 'in', value: ['US', 'CA'] }] },
        { not: { field: 'lifecycle', op: 'in', value: ['customer', 'churned'] } },
      ],
    });
    expect(matches(fresh, rule)).toBe(true);
    expect(matches(lapsed, rule)).toBe(false);
    expect(matches(never, rule)).toBe(true);
  });

  it('an empty "all" is everyone and an empty "any" is no one', () => {
    expect(matches(lapsed, ok({ all: [] }))).toBe(true);
    expect(matches(lapsed, ok({ any: [] }))).toBe(false);
  });

  it('accepts common operator spellings and a bare condition', () => {
    const r = checkRule({ field: 'frequency', op: '==', value: '3' });
    expect(r.ok && r.rule).toEqual({ all: [{ field: 'frequency', op: '=', value: 3 }] });
  });

  it('names every bad condition with its position', () => {
    const r = checkRule({
      all: [
        { field: 'recencyDays', op: '>', value: 180 },
        { field: 'recency', op: '>', value: 1 },
        { any: [{ field: 'frequency', op: 'in', value: [1] }, { field: 'lifecycle', op: '=', value: 'vip' }] },
        { field: 'monetary', op: '>', value: 'lots' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['2', '3.1', '3.2', '4']);
    expect(r.issues[0].message).toMatch(/condition 2 \(recency > 1\): unknown field/);
    expect(r.issues[1].message).toMatch(/"in" does not apply to a number/);
    expect(r.issues[2].message).toMatch(/"vip" is not one of subscriber/);
    expect(r.issues[3].message).toMatch(/condition 4 .*value must be a number/);
  });

  it('accepts every rule the demo workspace ships', () => {
    for (const rule of [
      { all: [{ field: 'recencyDays', op: '>', value: 180 }, { field: 'frequency', op: '>=', value: 2 }] },
      { all: [{ field: 'monetary', op: '>=', value: 2_000_000 }, { field: 'frequency', op: '>=', value: 10 }] },
      { all: [{ field: 'tenureDays', op: '<=', value: 90 }, { field: 'frequency', op: '>=', value: 1 }] },
      { all: [{ field: 'churnRisk', op: '>', value: 0.6 }] },
      { all: [{ field: 'locale', op: '=', value: 'ru' }, { field: 'frequency', op: '>=', value: 1 }] },
      { all: [{ field: 'leadScore', op: '>=', value: 70 }, { field: 'frequency', op: '=', value: 0 }] },
    ]) ok(rule);
  });

  it('rejects shapes that are not rules', () => {
    for (const bad of [null, 42, 'x', [], { all: 'x' }, { all: [], any: [] }, { foo: 1 }]) {
      const r = checkRule(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('segmentMembers filters profiles or returns the issues', () => {
    const r = segmentMembers([lapsed, fresh, never], { all: [{ field: 'frequency', op: '>', value: 0 }] });
    expect(r.ok && r.members).toEqual([lapsed, fresh]);
    expect(segmentMembers([lapsed], { all: [{ field: 'x', op: '>', value: 0 }] }).ok).toBe(false);
  });
});

describe('rule builder', () => {
  it('round-trips a flat rule, showing money in major units', () => {
    const rule = ok({ any: [{ field: 'monetary', op: '>', value: 150_050 }, { field: 'country', op: 'in', value: ['US', 'GB'] }] });
    const b = toBuilder(rule)!;
    expect(b).toEqual({
      combinator: 'any',
      rows: [
        { field: 'monetary', op: '>', value: '1500.5' },
        { field: 'country', op: 'in', value: 'US, GB' },
      ],
    });
    expect(ok(fromBuilder(b))).toEqual(rule);
  });

  it('gives up on nested rules so the page can offer JSON instead', () => {
    expect(toBuilder(ok({ all: [{ any: [] }] }))).toBeNull();
    expect(toBuilder(ok({ not: { field: 'frequency', op: '=', value: 0 } }))).toBeNull();
  });

  it('passes bad numbers through so validation names them', () => {
    const r = checkRule(fromBuilder({ combinator: 'all', rows: [{ field: 'frequency', op: '>', value: 'abc' }] }));
    expect(!r.ok && r.issues[0].message).toMatch(/condition 1 .*must be a number/);
  });
});
