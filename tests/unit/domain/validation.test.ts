import { describe, expect, it } from 'vitest';
import { checkField, LIMITS, type FieldSpec } from '../../../src/domain/fields.ts';
import { isCalendarDate } from '../../../src/domain/calendar.ts';
import { CampaignType, CompanyType, ContactType, DealType, ProductType } from '../../../src/domain/entities/index.ts';
import { ValidationError, type FieldIssue } from '../../../src/domain/validation.ts';

/** The issue a check raises, or null when the value passed. */
function issueOf(spec: FieldSpec, value: unknown): FieldIssue | null {
  const r = checkField('f', spec, value);
  return r.ok ? null : r.issue;
}
function valueOf(spec: FieldSpec, value: unknown): unknown {
  const r = checkField('f', spec, value);
  if (!r.ok) throw new Error(r.issue.message);
  return r.value;
}
function issuesOf(run: () => unknown): FieldIssue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  return [];
}

describe('text caps', () => {
  it('a 1 MB tag is refused, as is a tag list past the cap', () => {
    expect(issueOf({ kind: 'tags' }, ['x'.repeat(1_000_000)])?.code).toBe('tagTooLong');
    expect(issueOf({ kind: 'tags' }, ['x'.repeat(LIMITS.tag)])).toBeNull();
    const many = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect(issueOf({ kind: 'tags' }, many)).toMatchObject({ code: 'tooManyTags', params: { max: LIMITS.tags } });
    expect(issuesOf(() => ContactType.validateNew({ firstName: 'A', tags: ['y'.repeat(LIMITS.tag + 1)] }))[0].field).toBe('tags');
  });

  it('every text kind has a cap, including URLs and JSON', () => {
    expect(issueOf({ kind: 'string' }, 'x'.repeat(LIMITS.string + 1))?.code).toBe('tooLong');
    expect(issueOf({ kind: 'text' }, 'x'.repeat(LIMITS.text + 1))?.code).toBe('tooLong');
    expect(issueOf({ kind: 'url' }, `https://a.io/${'x'.repeat(LIMITS.url)}`)?.code).toBe('tooLong');
    expect(issueOf({ kind: 'json' }, { s: 'x'.repeat(LIMITS.json) })?.code).toBe('jsonTooLarge');
  });
});

describe('money and numbers', () => {
  it('negative amounts, prices and budgets are refused', () => {
    expect(issuesOf(() => DealType.validatePatch({ amount: -100 }))).toMatchObject([{ field: 'amount', code: 'negative' }]);
    expect(issuesOf(() => ProductType.validatePatch({ price: -1 }))).toMatchObject([{ field: 'price', code: 'negative' }]);
    expect(issuesOf(() => CampaignType.validatePatch({ budget: -5000 }))).toMatchObject([{ field: 'budget', code: 'negative' }]);
    expect(valueOf({ kind: 'money' }, 0)).toBe(0);
    expect(valueOf({ kind: 'money', signed: true }, -5)).toBe(-5);
  });

  it('money past the safe integer range is refused, not stored rounded', () => {
    // 1e20 major units typed in a form arrive as 1e22 minor units.
    expect(issueOf({ kind: 'money' }, 1e22)?.code).toBe('tooLarge');
    expect(issueOf({ kind: 'money' }, Number.MAX_SAFE_INTEGER + 1)?.code).toBe('tooLarge');
    expect(valueOf({ kind: 'money' }, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(issueOf({ kind: 'int' }, 2 ** 60)?.code).toBe('tooLarge');
  });

  it('the control share speaks percent: 60 % is refused as "at most 50 %"', () => {
    const [issue] = issuesOf(() => CampaignType.validatePatch({ controlShare: 0.6 }));
    expect(issue).toMatchObject({ field: 'controlShare', code: 'percentMax', params: { max: 50 } });
    expect(issue.message).toBe('must be at most 50%');
    expect(CampaignType.validatePatch({ controlShare: 0.125 })).toEqual({ controlShare: 0.125 });
  });
});

describe('calendar dates', () => {
  it('a day that does not exist is refused', () => {
    for (const d of ['2026-02-30', '2026-02-29', '2025-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])
      expect(issueOf({ kind: 'date' }, d)?.code, d).toBe('date');
    expect(valueOf({ kind: 'date' }, '2024-02-29')).toBe('2024-02-29');
  });

  it('a datetime is not rolled over to another day', () => {
    for (const d of ['2026-02-30T09:00Z', '2026-02-30T09:00:00Z', '2026-01-31T24:00:00Z', '2026-01-31T23:60:00Z', '2026-01-31T23:59:60Z'])
      expect(issueOf({ kind: 'datetime' }, d)?.code, d).toBe('datetime');
    expect(valueOf({ kind: 'datetime' }, '2026-02-28T09:00Z')).toBe('2026-02-28T09:00:00.000Z');
  });

  it('the calendar check agrees with a day count per month (brute force over 400 years)', () => {
    const days = (y: number, m: number) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    for (let y = 1800; y < 2200; y++)
      for (let m = 1; m <= 12; m++) {
        expect(isCalendarDate(y, m, days(y, m))).toBe(true);
        expect(isCalendarDate(y, m, days(y, m) + 1)).toBe(false);
      }
  });
});

describe('invisible and control characters', () => {
  it('control characters and a right-to-left override are stripped', () => {
    expect(valueOf({ kind: 'string' }, 'Ann\u0000a\u0007')).toBe('Anna');
    expect(valueOf({ kind: 'string' }, 'evil\u202Etxt.exe')).toBe('eviltxt.exe');
    expect(valueOf({ kind: 'string' }, 'a\u2066b\u2069c\u200Fd')).toBe('abcd');
    expect(valueOf({ kind: 'string' }, 'two\nlines')).toBe('two lines');
    expect(valueOf({ kind: 'text' }, 'two\r\nlines\u0000')).toBe('two\nlines');
    expect(valueOf({ kind: 'tags' }, ['vip\u202E', '\u0001vip'])).toEqual(['vip']);
  });

  it('a name of only zero-width characters is empty, so required', () => {
    expect(issuesOf(() => ContactType.validateNew({ firstName: '\u200B\u200C\u200D\uFEFF\u2060' }))).toMatchObject([{ field: 'firstName', code: 'required' }]);
    expect(issuesOf(() => CompanyType.validateNew({ name: ' \u200B ' }))[0]).toMatchObject({ field: 'name', code: 'required' });
    // A joiner inside the text is kept: emoji sequences need it.
    expect(valueOf({ kind: 'string' }, '\u200B👩\u200D💻\u200B')).toBe('👩\u200D💻');
  });
});

describe('issues carry a code and params for the UI, plus English for logs', () => {
  it('every issue from a record type has a code', () => {
    const issues = issuesOf(() => DealType.validateNew({ title: '', amount: 1.5, currency: 'x', stageId: 's', bogus: 1 }));
    expect(issues.length).toBeGreaterThan(3);
    for (const i of issues) {
      expect(i.code, i.field).toBeTruthy();
      expect(i.message, i.field).toMatch(/^[ -~]+$/);
    }
  });
});
