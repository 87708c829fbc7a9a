import { describe, expect, it } from 'vitest';
import { draw, hash32, inControl, personalise, splitAudience, unknownPlaceholders } from '../../../src/domain/campaigns/index.ts';
import { ulid } from '../../../src/domain/ids.ts';

describe('control split', () => {
  const ids = Array.from({ length: 20_000 }, (_, i) => ulid(1_700_000_000_000 + i * 1000, () => ((i * 7919) % 1000) / 1000));
  const campaign = '01JCAMPAIGN0000000000000000';

  it('is deterministic', () => {
    const a = splitAudience(ids, (x) => x, campaign, 0.1);
    const b = splitAudience([...ids], (x) => x, campaign, 0.1);
    expect(a.control).toEqual(b.control);
    expect(hash32('abc')).toBe(hash32('abc'));
  });

  it('holds back close to the share, even for time-ordered ids', () => {
    for (const share of [0.05, 0.1, 0.2, 0.5]) {
      const { control, treatment } = splitAudience(ids, (x) => x, campaign, share);
      expect(control.length + treatment.length).toBe(ids.length);
      expect(Math.abs(control.length / ids.length - share)).toBeLessThan(0.012);
    }
  });

  it('draws a different control group per campaign', () => {
    const a = new Set(splitAudience(ids, (x) => x, 'c1', 0.2).control);
    const b = splitAudience(ids, (x) => x, 'c2', 0.2).control;
    const overlap = b.filter((x) => a.has(x)).length / b.length;
    expect(overlap).toBeGreaterThan(0.15);
    expect(overlap).toBeLessThan(0.25);
  });

  it('a larger share only adds people to control (monotone)', () => {
    const small = splitAudience(ids, (x) => x, campaign, 0.1).control;
    const large = new Set(splitAudience(ids, (x) => x, campaign, 0.3).control);
    expect(small.every((x) => large.has(x))).toBe(true);
  });

  it('a zero share holds back no one', () => {
    expect(ids.some((id) => inControl(id, campaign, 0))).toBe(false);
    expect(draw('a', 'b')).toBeGreaterThanOrEqual(0);
    expect(draw('a', 'b')).toBeLessThan(1);
  });
});

describe('personalise', () => {
  it('fills known placeholders and reports unknown ones', () => {
    const r = personalise('Hi {firstName}, {frstName} at {company}!', { firstName: 'Ada', company: 'Acme' });
    expect(r.text).toBe('Hi Ada, {frstName} at Acme!');
    expect(r.unknown).toEqual(['frstName']);
    expect(r.missing).toEqual([]);
  });

  it('never expands placeholders inside values', () => {
    const r = personalise('Hi {firstName} {lastName}', { firstName: '{lastName}', lastName: '<b>x</b>' });
    expect(r.text).toBe('Hi {lastName} <b>x</b>');
    expect(r.unknown).toEqual([]);
  });

  it('leaves missing values empty and says which', () => {
    const r = personalise('{firstName} from {city}', { firstName: 'Li' });
    expect(r.text).toBe('Li from ');
    expect(r.missing).toEqual(['city']);
  });

  it('reads {{firstName}} the same as {firstName}', () => {
    const r = personalise('Hi {{firstName}}, {{ city }} / {firstName} {{nope}}', { firstName: 'Ivan', city: 'Omsk' });
    expect(r.text).toBe('Hi Ivan, Omsk / Ivan {{nope}}');
    expect(r.unknown).toEqual(['nope']);
  });

  it('leaves stray braces alone', () => {
    expect(personalise('a { b } c {', {}).text).toBe('a { b } c {');
  });

  it('lists unknown placeholders without a contact, once each', () => {
    expect(unknownPlaceholders('{a} {firstName} {a} { b }')).toEqual(['a', 'b']);
  });
});

describe('campaign form values', async () => {
  const { fromForm, toForm } = await import('../../../src/ui/pages/campaigns/form.ts');
  it('converts percent, dates and budget to record units, whatever the input hands back', () => {
    const f = { ...toForm(undefined), name: 'X', controlPct: 20 as number | string, startDate: '2026-01-05', budget: '1 500,50'.replace(' ', '') };
    expect(fromForm(f)).toMatchObject({ controlShare: 0.2, startAt: '2026-01-05T00:00:00Z', budget: 150050, currency: 'USD' });
    expect(fromForm({ ...f, controlPct: '12.5' }).controlShare).toBe(0.125);
    expect(fromForm({ ...f, controlPct: 'abc' }).controlShare).toBe('abc');
  });
});
