import { describe, expect, it } from 'vitest';
import { parseMoney, parseNumber } from '../../../src/domain/numbers.ts';
import { isoDate, parseDate, slashOrder } from '../../../src/io/dates.ts';
import { toE164 } from '../../../src/io/phones.ts';
import { nameKey, similarity } from '../../../src/domain/similarity.ts';

describe('numbers', () => {
  it('reads the forms people type, per UI language', () => {
    const cases: [string, 'en' | 'ru' | 'zh', number | null][] = [
      ['1 500,50', 'ru', 1500.5],
      ['1\u00a0500,50', 'ru', 1500.5],
      ['1\u202f500,50', 'ru', 1500.5],
      ['1 500,50', 'en', 1500.5],
      ['1,500.50', 'en', 1500.5],
      ['1.500,50', 'en', 1500.5],
      ['1.500,50', 'ru', 1500.5],
      ["1'234'567.25", 'en', 1234567.25],
      ['1,500', 'en', 1500],
      ['1,500', 'ru', 1.5],
      ['1.500', 'ru', 1500],
      ['0,5', 'en', 0.5],
      ['1,234,567', 'ru', 1234567],
      ['$1,200.00', 'en', 1200],
      ['1 200 ₽', 'ru', 1200],
      ['€ 99,90', 'ru', 99.9],
      ['¥3,000', 'zh', 3000],
      ['-12,5', 'ru', -12.5],
      ['(300.00)', 'en', -300],
      ['12abc', 'en', null],
      ['1,2,3', 'en', null],
      ['', 'en', null],
    ];
    for (const [text, locale, want] of cases) expect(parseNumber(text, locale), `${text} (${locale})`).toBe(want);
  });

  it('gives money in minor units without float drift', () => {
    expect(parseMoney('1 500,50', 'ru')).toBe(150050);
    expect(parseMoney('0.29', 'en')).toBe(29);
    expect(parseMoney('19.99', 'en')).toBe(1999);
    expect(parseMoney('-0.005', 'en')).toBe(-1);
  });
});

describe('dates', () => {
  it('reads dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd and slash dates in the order the column settles', () => {
    expect(isoDate(parseDate('31.01.2025', 'dmy')!)).toBe('2025-01-31');
    expect(isoDate(parseDate('2025-01-31', 'dmy')!)).toBe('2025-01-31');
    expect(isoDate(parseDate('2025/1/31', 'mdy')!)).toBe('2025-01-31');
    expect(isoDate(parseDate('01/31/2025', 'mdy')!)).toBe('2025-01-31');
    expect(isoDate(parseDate('03/04/2025', 'dmy')!)).toBe('2025-04-03');
    expect(slashOrder(['03/04/2025', '12/25/2024'])).toBe('mdy');
    expect(slashOrder(['03/04/2025', '25/12/2024'])).toBe('dmy');
    expect(slashOrder(['03/04/2025'])).toBeNull();
    expect(parseDate('31.02.2025', 'dmy')).toBeNull();
    expect(parseDate('2025-13-01', 'dmy')).toBeNull();
    expect(parseDate('yesterday', 'dmy')).toBeNull();
  });
});

describe('phones and names', () => {
  it('puts phones in E.164 with a default country', () => {
    expect(toE164('+7 (912) 345-67-89')).toBe('+79123456789');
    expect(toE164('8 912 345 67 89', 'RU')).toBe('+79123456789');
    expect(toE164('(201) 555-0123', 'US')).toBe('+12015550123');
    expect(toE164('138 0013 8000', 'CN')).toBe('+8613800138000');
    expect(toE164('12', 'US')).toBeNull();
  });

  it('compares names across scripts, widths and order', () => {
    expect(nameKey('Алексей', 'Иванов')).toBe(nameKey('Aleksei', 'Ivanov'));
    expect(nameKey('Иванов Алексей')).toBe(nameKey('Alexey Ivanov'));
    expect(nameKey('Юлия', 'Щербакова')).toBe(nameKey('Yuliya', 'Shcherbakova'));
    expect(nameKey('Ｊｏｈｎ', 'Ｓｍｉｔｈ')).toBe(nameKey('John', 'Smith'));
    expect(nameKey('张 伟')).toBe(nameKey('张伟'));
    expect(nameKey('Ivan Petrov')).not.toBe(nameKey('Ivan Ivanov'));
    expect(similarity(nameKey('Aleksandr Pushkin'), nameKey('Alexander Pushkin'))).toBeGreaterThan(0.85);
  });
});
