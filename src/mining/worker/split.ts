import { createRng } from '../random.ts';

/**
 * Seeded stratified holdout: each class is shuffled and cut separately, so a rare class
 * (churners, won deals) is represented in the test set in its own proportion.
 */
export function stratifiedSplit(y: readonly number[], testFraction: number, seed = 42): { train: number[]; test: number[] } {
  const rng = createRng(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1]) {
    const idx: number[] = [];
    y.forEach((v, i) => {
      if ((v > 0 ? 1 : 0) === cls) idx.push(i);
    });
    for (let i = idx.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    // At least one of each class on each side when the class has two members or more.
    const nTest = idx.length >= 2 ? Math.min(idx.length - 1, Math.max(1, Math.round(idx.length * testFraction))) : 0;
    test.push(...idx.slice(0, nTest));
    train.push(...idx.slice(nTest));
  }
  train.sort((a, b) => a - b);
  test.sort((a, b) => a - b);
  return { train, test };
}
