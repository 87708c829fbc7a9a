import { describe, expect, it } from 'vitest';
import { fromInput, toInput } from '../../../src/ui/components/formValues.ts';

describe('form number inputs use the shared parser', () => {
  it('"1 500,50" typed as an amount in the Russian UI saves 1500.50', () => {
    expect(fromInput({ kind: 'money' }, '1 500,50', 'ru')).toEqual({ ok: true, value: 150050 });
    expect(fromInput({ kind: 'money' }, '1,500.50', 'en')).toEqual({ ok: true, value: 150050 });
    expect(fromInput({ kind: 'number' }, '2,5', 'ru')).toEqual({ ok: true, value: 2.5 });
    expect(fromInput({ kind: 'money' }, 'abc', 'ru').ok).toBe(false);
    expect(toInput({ kind: 'money' }, 150050, 'ru')).toBe('1500,50');
    expect(fromInput({ kind: 'money' }, toInput({ kind: 'money' }, 150050, 'ru') as string, 'ru')).toEqual({ ok: true, value: 150050 });
  });
});
