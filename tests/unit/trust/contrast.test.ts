import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn } from '../../../src/ui/lib/contrast.ts';

describe('avatar ink', () => {
  it('computes WCAG ratios (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2f5bea', '#2f5bea')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1 AA threshold grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks dark initials on light member colours and white on dark ones, always readable', () => {
    expect(inkOn('#f66d9b')).toBe('#000000');
    expect(inkOn('#16a34a')).toBe('#000000');
    expect(inkOn('#2563eb')).toBe('#ffffff');
    expect(inkOn('#141a2a')).toBe('#ffffff');
    for (const bg of ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#4d7c0f', '#f66d9b', '#94a3b8'])
      expect(contrastRatio(inkOn(bg), bg)).toBeGreaterThanOrEqual(4.5);
  });
});
