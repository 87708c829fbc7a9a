import { describe, expect, it } from 'vitest';
import { fromInput, toInput } from '../../../src/ui/components/formValues.ts';
import messages from '../../../src/ui/i18n/messages/validation.ts';
import { checkField } from '../../../src/domain/fields.ts';
import { CampaignType } from '../../../src/domain/entities/index.ts';
import { fromForm, toForm } from '../../../src/ui/pages/campaigns/form.ts';

describe('form inputs', () => {
  it('a date input that blanked an impossible date is an error, not "no date"', () => {
    // The browser hands back '' with validity.badInput set when 2026-02-30 is typed.
    expect(fromInput({ kind: 'date' }, '', 'en', true)).toEqual({ ok: false, code: 'badDateInput' });
    expect(fromInput({ kind: 'datetime' }, '', 'en', true)).toEqual({ ok: false, code: 'badDateInput' });
    expect(fromInput({ kind: 'date' }, '')).toEqual({ ok: true, value: undefined });
  });

  it('an impossible local datetime goes to validation as typed, never rolled over to March', () => {
    const p = fromInput({ kind: 'datetime' }, '2026-02-30T09:00');
    expect(p).toEqual({ ok: true, value: '2026-02-30T09:00' });
    expect(checkField('t', { kind: 'datetime' }, p.ok && p.value).ok).toBe(false);
  });

  it('a huge amount reaches validation unrounded and is refused there', () => {
    const p = fromInput({ kind: 'money' }, '100000000000000000000');
    expect(p.ok && checkField('amount', { kind: 'money' }, p.value)).toMatchObject({ ok: false, issue: { code: 'tooLarge' } });
  });

  it('a share is shown and typed as a percentage', () => {
    expect(toInput({ kind: 'share' }, 0.125)).toBe('12.5');
    expect(fromInput({ kind: 'share' }, '12,5')).toEqual({ ok: true, value: 0.125 });
  });

  it('the campaign form: 60 % is refused with "50 %" in the params, not 0.5', () => {
    const values = fromForm({ ...toForm(undefined), name: 'Spring', controlPct: 60 });
    expect(() => CampaignType.validateNew(values)).toThrow(/at most 50%/);
  });
});

describe('validation messages', () => {
  it('every issue code reads as a sentence in Russian and Chinese, with no English left', () => {
    const en = messages.en as Record<string, string>;
    for (const locale of ['ru', 'zh'] as const) {
      const table = messages[locale] as Record<string, string>;
      for (const key of Object.keys(en)) {
        const text = table[key];
        expect(text, `${locale} ${key}`).toBeTruthy();
        // Placeholders and technical tokens (EUR, http://) may stay Latin; words may not.
        const words = text.replace(/\{\w+\}|EUR|https?:\/\//g, '').match(/[A-Za-z]{3,}/g);
        expect(words, `${locale} ${key}: ${text}`).toBeNull();
        for (const p of en[key].match(/\{\w+\}/g) ?? []) expect(text, `${locale} ${key}`).toContain(p);
      }
    }
  });
});
