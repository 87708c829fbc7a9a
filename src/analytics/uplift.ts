import { normalQuantile, normalSf } from './normal.ts';

export interface Arm {
  /** People in the group. */
  n: number;
  /** People in the group who converted (each counted once). */
  conversions: number;
}

export interface ConversionUplift {
  targetRate: number;
  controlRate: number;
  /** targetRate - controlRate, as a proportion (0.017 = 1.7 points). */
  uplift: number;
  lower: number;
  upper: number;
  /** Two-sided, pooled two-proportion z-test. */
  pValue: number;
}

function checkArm(name: string, a: Arm): void {
  if (!Number.isInteger(a.n) || a.n < 1) throw new RangeError(`${name}.n must be a whole number of at least 1 (got ${a.n})`);
  if (!Number.isInteger(a.conversions) || a.conversions < 0 || a.conversions > a.n)
    throw new RangeError(`${name}.conversions must be a whole number from 0 to ${a.n} (got ${a.conversions})`);
}

/** Wilson score interval for one proportion, without continuity correction. */
export function wilson(x: number, n: number, z: number): { lower: number; upper: number } {
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp rounding: at x = 0 the lower limit is exactly 0, at x = n the upper is exactly 1.
  return { lower: x === 0 ? 0 : Math.max(0, centre - half), upper: x === n ? 1 : Math.min(1, centre + half) };
}

/**
 * Difference of two conversion rates with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10: Wilson limits of each rate, no continuity correction)
 * and the two-sided pooled z-test. Unlike the Wald interval it stays inside
 * [-1, 1] and keeps its coverage at zero conversions and small groups.
 */
export function conversionUplift(target: Arm, control: Arm, level = 0.95): ConversionUplift {
  checkArm('target', target);
  checkArm('control', control);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1 (got ${level})`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const p1 = target.conversions / target.n;
  const p2 = control.conversions / control.n;
  const d = p1 - p2;
  const w1 = wilson(target.conversions, target.n, z);
  const w2 = wilson(control.conversions, control.n, z);
  const lower = d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2);
  const upper = d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2);

  const pooled = (target.conversions + control.conversions) / (target.n + control.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / target.n + 1 / control.n));
  // Everyone or no one converted in both groups: no evidence of any difference.
  const pValue = se === 0 ? 1 : Math.min(1, 2 * normalSf(Math.abs(d) / se));
  return { targetRate: p1, controlRate: p2, uplift: d, lower, upper, pValue };
}
