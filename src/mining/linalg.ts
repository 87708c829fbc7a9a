/** Small dense linear algebra on row-major Float64Arrays (sizes here are tens, not thousands). */

/** In-place Cholesky of a symmetric positive-definite d x d matrix: the lower triangle becomes L. Returns false if not SPD. */
export function choleskyInPlace(a: Float64Array, d: number): boolean {
  for (let j = 0; j < d; j++) {
    let s = a[j * d + j];
    for (let k = 0; k < j; k++) s -= a[j * d + k] * a[j * d + k];
    if (!(s > 0)) return false;
    const ljj = Math.sqrt(s);
    a[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = a[i * d + j];
      for (let k = 0; k < j; k++) t -= a[i * d + k] * a[j * d + k];
      a[i * d + j] = t / ljj;
    }
    for (let i = 0; i < j; i++) a[i * d + j] = 0;
  }
  return true;
}

/** Solve L z = b in place (b becomes z), L lower-triangular from choleskyInPlace. */
export function forwardSolve(l: Float64Array, d: number, b: Float64Array): void {
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * d + k] * b[k];
    b[i] = s / l[i * d + i];
  }
}

/** Solve L^T x = z in place. */
export function backSolve(l: Float64Array, d: number, b: Float64Array): void {
  for (let i = d - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < d; k++) s -= l[k * d + i] * b[k];
    b[i] = s / l[i * d + i];
  }
}

/**
 * Solve A x = b for symmetric positive (semi)definite A. Adds a growing ridge if A is
 * singular, which for least squares means collinear columns get a minimum-norm-like split.
 */
export function solveSpd(a: Float64Array, d: number, b: Float64Array): Float64Array {
  let ridge = 0;
  let scale = 0;
  for (let i = 0; i < d; i++) scale = Math.max(scale, Math.abs(a[i * d + i]));
  for (let attempt = 0; attempt < 12; attempt++) {
    const l = a.slice();
    for (let i = 0; i < d; i++) l[i * d + i] += ridge;
    if (choleskyInPlace(l, d)) {
      const x = b.slice();
      forwardSolve(l, d, x);
      backSolve(l, d, x);
      return x;
    }
    ridge = ridge === 0 ? Math.max(scale, 1) * 1e-10 : ridge * 10;
  }
  throw new Error('matrix is not positive definite');
}

/** Inverse of an SPD matrix via Cholesky (used for OLS prediction variance). */
export function inverseSpd(a: Float64Array, d: number): Float64Array {
  const inv = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    const e = new Float64Array(d);
    e[j] = 1;
    const col = solveSpd(a, d, e);
    for (let i = 0; i < d; i++) inv[i * d + j] = col[i];
  }
  return inv;
}
