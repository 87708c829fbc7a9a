import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/domain/fields.ts';
import { ContactType, DealType, TicketType } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { isUlid, ulid } from '../../../src/domain/ids.ts';

describe('field checks', () => {
  it('normalises emails and rejects bad ones', () => {
    expect(checkField('email', { kind: 'email' }, ' A.B@Example.Org ')).toEqual({ ok: true, value: 'a.b@example.org' });
    for (const bad of ['a@b', 'no-at.example.com', 'a b@c.de', '@x.com']) {
      const r = checkField('email', { kind: 'email' }, bad);
      expect(r.ok, bad).toBe(false);
    }
  });

  it('money must be whole minor units', () => {
    expect(checkField('amount', { kind: 'money' }, 1999)).toEqual({ ok: true, value: 1999 });
    const r = checkField('amount', { kind: 'money' }, 19.99);
    expect(r.ok === false && r.issue.message).toMatch(/minor units/);
  });

  it('dates must be ISO UTC', () => {
    expect(checkField('t', { kind: 'datetime' }, '2026-01-31T09:00:00Z')).toEqual({ ok: true, value: '2026-01-31T09:00:00.000Z' });
    expect(checkField('t', { kind: 'datetime' }, '31/01/2026').ok).toBe(false);
    expect(checkField('d', { kind: 'date' }, '2026-13-45').ok).toBe(false);
  });

  it('empty optional fields disappear; empty required ones are errors', () => {
    expect(checkField('x', { kind: 'string' }, '   ')).toEqual({ ok: true, value: undefined });
    const r = checkField('x', { kind: 'string', required: true }, '');
    expect(r.ok === false && r.issue).toEqual({ field: 'x', code: 'required', message: 'is required' });
  });
});

describe('record types', () => {
  it('report every bad field at once', () => {
    try {
      DealType.validateNew({ title: '', amount: 'many', currency: 'dollars', stageId: 's' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.field).sort()).toEqual(['amount', 'currency', 'pipelineId', 'title']);
    }
  });

  it('wrong types are named, not coerced silently', () => {
    expect(() => ContactType.validateNew({ firstName: 42 })).toThrow(/firstName must be text, got number/);
    expect(() => TicketType.validateNew({ subject: 's', channel: 'pigeon', status: 'received', priority: 'low', receivedAt: '2026-01-01T00:00:00Z' })).toThrow(/channel must be one of/);
  });

  it('a patch only checks the fields it carries', () => {
    expect(ContactType.validatePatch({ title: 'CTO' })).toEqual({ title: 'CTO' });
    expect(ContactType.validatePatch({ email: '' })).toEqual({ email: undefined });
  });
});

describe('ids', () => {
  it('ULIDs sort by time and are well formed', () => {
    const a = ulid(1_700_000_000_000);
    const b = ulid(1_700_000_000_001);
    expect(isUlid(a) && isUlid(b)).toBe(true);
    expect(a < b).toBe(true);
  });
});
