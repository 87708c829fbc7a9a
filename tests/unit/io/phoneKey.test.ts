import { describe, expect, it } from 'vitest';
import { phoneKey } from '../../../src/domain/phones.ts';
import { duplicateKeys } from '../../../src/domain/similarity.ts';
import { findDuplicatePairs } from '../../../src/io/duplicates.ts';

// Each: a phone as typed, the contact's country, and the number it is (null: no phone key).
const PHONES: [string, string | undefined, string | null][] = [
  ['+7 (912) 345-67-89', undefined, '+79123456789'],
  ['8 912 345 67 89', 'RU', '+79123456789'],
  ['+7 912 3456789', 'US', '+79123456789'],
  ['(201) 555-0123', 'US', '+12015550123'],
  ['+1 201 555 0123', undefined, '+12015550123'],
  ['138 0013 8000', 'CN', '+8613800138000'],
  ['+86 138-0013-8000', 'RU', '+8613800138000'],
  // The same last nine digits as the US number, in Germany: another phone.
  ['+49 201 5550123', undefined, '+492015550123'],
  ['12', 'US', null],
  ['', 'RU', null],
];

describe('one definition of "the same phone"', () => {
  it('reads national forms with the contact\'s country and gives E.164', () => {
    for (const [phone, country, number] of PHONES) expect(phoneKey(phone, country), `${phone} in ${country}`).toBe(number ?? '');
    // A national form without a country is not guessed to be anyone's: its digits only.
    expect(phoneKey('8 912 345 67 89')).toBe('89123456789');
  });

  it('the form\'s duplicate-key index and the Duplicates view pair exactly the same phones', () => {
    const people = PHONES.map(([phone, country], i) => ({ id: `c${i}`, firstName: `P${i}`, lastName: `Q${i}`, phone, country }));
    // Oracle: every pair of people whose phones are the same number, by the table above.
    const expected = new Set<string>();
    for (let i = 0; i < PHONES.length; i++)
      for (let j = i + 1; j < PHONES.length; j++) if (PHONES[i][2] && PHONES[i][2] === PHONES[j][2]) expected.add(`c${i}|c${j}`);
    expect(expected.size).toBe(5);

    const byIndex = new Set<string>();
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const a = duplicateKeys(people[i]).filter((k) => k.startsWith('p:'));
        if (a.some((k) => duplicateKeys(people[j]).includes(k))) byIndex.add(`c${i}|c${j}`);
      }
    const byView = new Set(findDuplicatePairs(people).filter((p) => p.reasons.includes('phone')).map((p) => [p.a, p.b].sort().join('|')));
    expect(byIndex).toEqual(expected);
    expect(byView).toEqual(expected);
  });
});
