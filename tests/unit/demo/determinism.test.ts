import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/demo/generate.ts';
import { NOW } from './fixture.ts';

describe('demo workspace: determinism', () => {
  it('makes byte-identical JSON from the same seed and now', () => {
    const a = JSON.stringify(generateDemo({ seed: 11, now: NOW, scale: 0.05 }));
    const b = JSON.stringify(generateDemo({ seed: 11, now: NOW, scale: 0.05 }));
    expect(a.length).toBeGreaterThan(100_000);
    expect(a === b).toBe(true);
  });

  it('makes a different workspace from another seed', () => {
    const a = generateDemo({ seed: 11, now: NOW, scale: 0.05 });
    const b = generateDemo({ seed: 12, now: NOW, scale: 0.05 });
    expect(a.records.contacts[0].id).not.toBe(b.records.contacts[0].id);
    expect(a.orders.length).not.toBe(b.orders.length);
  });

  it('reports progress from 0 to 1 in order', () => {
    const seen: number[] = [];
    generateDemo({ seed: 1, now: NOW, scale: 0.02 }, (f) => seen.push(f));
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it('rejects a bad now or scale', () => {
    expect(() => generateDemo({ seed: 1, now: 'yesterday' })).toThrow(/ISO/);
    expect(() => generateDemo({ seed: 1, now: NOW, scale: 0 })).toThrow(/scale/);
  });
});
