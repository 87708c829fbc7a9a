/** Z-score scaling. Zero-variance columns get scale 1 so they pass through centred rather than as NaN. */
export interface Standardized {
  points: number[][];
  means: number[];
  scales: number[];
}

export function columnStats(points: readonly (readonly number[])[]): { means: number[]; scales: number[] } {
  const n = points.length;
  const d = n > 0 ? points[0].length : 0;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const p of points) for (let j = 0; j < d; j++) means[j] += p[j];
  for (let j = 0; j < d; j++) means[j] /= Math.max(n, 1);
  for (const p of points) for (let j = 0; j < d; j++) scales[j] += (p[j] - means[j]) ** 2;
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(scales[j] / Math.max(n, 1));
    scales[j] = sd > 1e-12 ? sd : 1;
  }
  return { means, scales };
}

export function applyStandardize(
  points: readonly (readonly number[])[],
  means: readonly number[],
  scales: readonly number[],
): number[][] {
  return points.map((p) => p.map((v, j) => (v - means[j]) / scales[j]));
}

export function standardize(points: readonly (readonly number[])[]): Standardized {
  const { means, scales } = columnStats(points);
  return { points: applyStandardize(points, means, scales), means, scales };
}
