import { describe, expect, it } from 'vitest';
import { draw, inControl } from '../../../src/domain/campaigns/split.ts';
import { ulid } from '../../../src/domain/ids.ts';

/** 10,000 contact ids made the way the app makes them: time-ordered ULIDs, many in the same millisecond. */
function contactIds(n: number): string[] {
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, (_, i) => ulid(1_735_000_000_000 + Math.floor(i / 3), rnd));
}
// Critical values of chi-square at p = 0.001.
const CHI2_001 = { 1: 10.828, 9: 27.877 } as const;

describe('control group assignment', () => {
  const ids = contactIds(10_000);
  const campaign = '01KCAMPAIGNSPRING2026000000';

  it('is reproducible: the same contact and campaign always give the same answer', () => {
    const first = ids.map((id) => inControl(id, campaign, 0.1));
    const again = [...ids].reverse().map((id) => inControl(id, campaign, 0.1)).reverse();
    expect(again).toEqual(first);
  });

  it('holds back the chosen share (chi-square, 1 df, over 10,000 contacts)', () => {
    for (const share of [0.1, 0.2, 0.35]) {
      const control = ids.filter((id) => inControl(id, campaign, share)).length;
      const exp = [ids.length * share, ids.length * (1 - share)];
      const obs = [control, ids.length - control];
      const chi2 = obs.reduce((s, o, i) => s + (o - exp[i]) ** 2 / exp[i], 0);
      expect(chi2).toBeLessThan(CHI2_001[1]);
    }
  });

  it('draws are uniform (chi-square over 10 bins, 9 df)', () => {
    for (const c of [campaign, 'c2', '01KZZZZZZZZZZZZZZZZZZZZZZZ']) {
      const bins = new Array(10).fill(0);
      for (const id of ids) bins[Math.floor(draw(id, c) * 10)]++;
      const chi2 = bins.reduce((s, o) => s + (o - 1000) ** 2 / 1000, 0);
      expect(chi2).toBeLessThan(CHI2_001[9]);
    }
  });

  it('is not tied to the order contacts were created in (first and second half alike)', () => {
    const half = ids.length / 2;
    const a = ids.slice(0, half).filter((id) => inControl(id, campaign, 0.1)).length;
    const b = ids.slice(half).filter((id) => inControl(id, campaign, 0.1)).length;
    // 2x2 contingency chi-square.
    const n = ids.length;
    const ctl = a + b;
    const table = [[a, half - a], [b, half - b]];
    const col = [ctl, n - ctl];
    let chi2 = 0;
    for (const row of table) for (let j = 0; j < 2; j++) { const e = (half * col[j]) / n; chi2 += (row[j] - e) ** 2 / e; }
    expect(chi2).toBeLessThan(CHI2_001[1]);
  });
});
