/** Row-major Float64Array views of number[][] so hot loops avoid nested-array indirection. */
export interface Dense {
  data: Float64Array;
  n: number;
  d: number;
}

export function toDense(points: readonly (readonly number[])[]): Dense {
  const n = points.length;
  const d = n > 0 ? points[0].length : 0;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const p = points[i];
    if (p.length !== d) throw new Error(`point ${i} has ${p.length} dimensions, expected ${d}`);
    for (let j = 0; j < d; j++) data[i * d + j] = p[j];
  }
  return { data, n, d };
}

export function fromDense(data: Float64Array, n: number, d: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push(Array.from(data.subarray(i * d, i * d + d)));
  return out;
}
