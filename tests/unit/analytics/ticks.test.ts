import { describe, expect, it } from 'vitest';
import { moneyTick, tickDigits } from '../../../src/ui/components/charts/ticks.ts';

describe('axis tick precision from the range', () => {
  it('needs as many significant digits as the most precise tick', () => {
    expect(tickDigits([0, 1e6, 2e6, 3e6])).toBe(1);
    expect(tickDigits([2.5e6, 3e6, 3.5e6])).toBe(2);
    expect(tickDigits([2.25e6, 2.5e6, 2.75e6, 3e6])).toBe(3);
    expect(tickDigits([0])).toBe(1);
  });

  it('neighbouring money ticks never read the same, in every UI language', () => {
    // chart.js-like tick sets over revenue ranges in cents: steps of 0.25m, 0.5m, 0.2m and 50k.
    const sets = [
      [250_000_000, 275_000_000, 300_000_000, 325_000_000, 350_000_000, 375_000_000],
      [0, 50_000_000, 100_000_000, 150_000_000, 200_000_000, 250_000_000, 300_000_000, 350_000_000],
      [260_000_000, 280_000_000, 300_000_000, 320_000_000, 340_000_000, 360_000_000, 380_000_000],
      [1_000_000, 6_000_000, 11_000_000, 16_000_000],
    ];
    for (const locale of ['en-GB', 'ru-RU', 'zh-CN'])
      for (const ticks of sets) {
        const labels = ticks.map((v) => moneyTick(locale, 'USD', v, ticks));
        expect(new Set(labels).size, `${locale}: ${labels.join(' | ')}`).toBe(labels.length);
      }
    // The "US$3m, US$3m" of old: 2.5m and 3m ticks read as such.
    expect(moneyTick('en-GB', 'USD', 250_000_000, [250_000_000, 300_000_000])).toBe('US$2.5m');
    expect(moneyTick('en-GB', 'USD', 300_000_000, [250_000_000, 300_000_000])).toBe('US$3m');
  });
});
