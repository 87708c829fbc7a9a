import { describe, expect, it } from 'vitest';
import { countries, countryCode } from '../../../src/ui/lib/countries.ts';

describe('country picked by name', () => {
  it('gives the current code, never a retired one named alike (DD, SU, UK ...)', () => {
    expect(countryCode('германия', 'ru')).toBe('DE');
    expect(countryCode('Россия', 'ru')).toBe('RU');
    expect(countryCode('Germany', 'en')).toBe('DE');
    expect(countryCode('德国', 'zh')).toBe('DE');
    for (const locale of ['en', 'ru', 'zh']) {
      const list = countries(locale);
      const names = list.map((c) => c.name);
      // Every name is listed once, so a typed name means one country.
      expect(new Set(names).size).toBe(names.length);
      expect(list.some((c) => ['DD', 'SU', 'YU', 'UK', 'FX', 'ZR'].includes(c.code))).toBe(false);
    }
  });

  it('refuses a name that is no country and takes a code as typed', () => {
    expect(countryCode('Нигде', 'ru')).toBeUndefined();
    expect(countryCode('de', 'en')).toBe('DE');
  });
});
