import { describe, expect, it } from 'vitest';
import { CancelledError, createRng, encodeTransactions } from '../../../src/mining/index.ts';
import { evaluateClassifier } from '../../../src/mining/worker/classify.ts';
import { type JobControl, NO_CONTROL, span, throttled } from '../../../src/mining/worker/control.ts';
import { parseCsv } from '../../../src/mining/worker/csv.ts';
import { logScaleFlat } from '../../../src/mining/worker/segment.ts';
import { DataError } from '../../../src/mining/worker/errors.ts';
import { forecastSeries } from '../../../src/mining/worker/jobs/forecast.ts';
import { mineRules } from '../../../src/mining/worker/jobs/rules.ts';
import { fileCases, scoreCases } from '../../../src/mining/worker/jobs/scoring.ts';
import { profileClusters, sampleRows, segment, standardizeFlat } from '../../../src/mining/worker/segment.ts';
import { summarizeSentiment } from '../../../src/mining/worker/sentiment.ts';
import { stratifiedSplit } from '../../../src/mining/worker/split.ts';

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.code;
    throw e;
  }
  return 'none';
}

/** Three well separated blobs in (x, y), the third on a much larger scale of y. */
function blobs(nPer: number): Float64Array {
  const rng = createRng(3);
  const centres = [[0, 0], [10, 0], [5, 400]];
  const out = new Float64Array(nPer * 3 * 2);
  let i = 0;
  for (const [cx, cy] of centres) {
    for (let k = 0; k < nPer; k++) {
      out[i++] = cx + rng.normal() * 0.5;
      out[i++] = cy + rng.normal() * (cy ? 10 : 0.5);
    }
  }
  return out;
}

describe('control', () => {
  it('maps sub-step progress into its share and throttles reports', () => {
    const seen: number[] = [];
    span((f) => seen.push(f), 0.5, 1)(0.5);
    expect(seen).toEqual([0.75]);
    let clock = 0;
    const out: number[] = [];
    const report = throttled((f) => out.push(f), 100, () => clock);
    report(0.1);
    clock = 50;
    report(0.2);
    clock = 150;
    report(0.3);
    report(1);
    expect(out).toEqual([0.1, 0.3, 1]);
  });
});

describe('stratifiedSplit', () => {
  it('is deterministic, disjoint, complete and keeps class shares', () => {
    const y = Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? 1 : 0));
    const a = stratifiedSplit(y, 0.25, 9);
    expect(stratifiedSplit(y, 0.25, 9)).toEqual(a);
    expect(new Set([...a.train, ...a.test]).size).toBe(200);
    expect(a.test.length).toBe(50);
    expect(a.test.filter((i) => y[i] === 1).length).toBe(10);
  });
});

describe('evaluateClassifier', () => {
  it('scores a learnable problem well on held-out rows and ranks the real driver first', () => {
    const rng = createRng(11);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const signal = rng.normal();
      X.push([rng.normal(), signal, rng.normal()]);
      y.push(signal + 0.3 * rng.normal() > 0 ? 1 : 0);
    }
    const ev = evaluateClassifier(X, y);
    expect(ev.auc).toBeGreaterThan(0.9);
    expect(ev.nTrain + ev.nTest).toBe(400);
    expect(ev.drivers[0].feature).toBe(1);
    expect(ev.drivers[0].coefficient).toBeGreaterThan(0);
  });
  it('refuses too few rows or a single outcome', () => {
    expect(code(() => evaluateClassifier([[1]], [1]))).toBe('data.tooFew');
    expect(code(() => evaluateClassifier(Array.from({ length: 30 }, (_, i) => [i]), new Array(30).fill(0)))).toBe('data.oneClass');
  });
});

describe('scoring jobs', () => {
  it('reads a labelled CSV and ranks rows by score', () => {
    const rows = ['x,noise,churned'];
    const rng = createRng(5);
    for (let i = 0; i < 120; i++) {
      const x = rng.normal();
      rows.push(`${x.toFixed(3)},${rng.normal().toFixed(3)},${x > 0 ? 1 : 0}`);
    }
    const c = fileCases(parseCsv(rows.join('\n')), 'churned', ['x', 'noise', 'churned']);
    expect(c.features.map((f) => f.value)).toEqual(['x', 'noise']);
    const r = scoreCases('churn', c.features, c.X, c.y, c.cases, NO_CONTROL);
    expect(r.auc).toBeGreaterThan(0.9);
    expect(r.scored[0].score).toBeGreaterThanOrEqual(r.scored[1].score);
    expect(r.scored[0].details.actual).toBe(1);
    expect(r.nScored).toBe(120);
  });
  it('names the line where the target gets a third value', () => {
    let err: DataError | null = null;
    try {
      fileCases(parseCsv('a,t\n1,0\n2,1\n3,2\n'), 't', ['a']);
    } catch (e) {
      err = e as DataError;
    }
    expect(err?.code).toBe('file.notBinary');
    expect(err?.params.line).toBe(4);
  });
});

describe('segment', () => {
  const data = blobs(60);
  const n = 180;
  it('finds the three blobs when asked to choose k, reporting a score per k', async () => {
    const r = await segment(data, n, 2, { method: 'kmeans', k: 'auto', kMax: 6, standardize: true }, NO_CONTROL);
    expect(r.k).toBe(3);
    expect(r.kScores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6]);
    expect([...r.sizes].sort()).toEqual([60, 60, 60]);
    expect(r.silhouette).toBeGreaterThan(0.6);
    // Profiles are in the original units, not z-scores.
    expect(Math.max(...r.means.map((m) => m[1]))).toBeGreaterThan(300);
  });
  it('fits a Gaussian mixture too', async () => {
    const r = await segment(data, n, 2, { method: 'gmm', k: 3, standardize: true }, NO_CONTROL);
    expect([...r.sizes].sort()).toEqual([60, 60, 60]);
  });
  it('stops at the next pause once cancelled', async () => {
    const signal = { aborted: false };
    let restarts = 0;
    const ctl: JobControl = {
      signal,
      onProgress: () => {},
      pause: async () => {
        if (++restarts === 3) signal.aborted = true;
      },
    };
    await expect(segment(data, n, 2, { method: 'kmeans', k: 3, nInit: 1000, standardize: true }, ctl)).rejects.toBeInstanceOf(CancelledError);
    expect(restarts).toBe(3);
  });
  it('helpers: standardise, profile and sample', () => {
    const z = standardizeFlat(new Float64Array([1, 10, 3, 30]), 2, 2);
    expect(Array.from(z)).toEqual([-1, -1, 1, 1]);
    const p = profileClusters(new Float64Array([1, 2, 3, 4, 10, 20]), 3, 2, new Int32Array([0, 0, 1]), 2);
    expect(p).toEqual({ sizes: [2, 1], means: [[2, 3], [10, 20]] });
    const s = sampleRows(data, n, 2, new Int32Array(n), 50);
    expect(s.rows.length).toBe(100);
    expect(s.labels.length).toBe(50);
  });
});

describe('mineRules', () => {
  it('labels rules with display names and lists the frequent items', async () => {
    const tx = encodeTransactions([['p1', 'p2'], ['p1', 'p2'], ['p1', 'p2', 'p3'], ['p3']]);
    const r = await mineRules(tx, ['Paper', 'Pens', 'Ink'], { minSupport: 0.5, minConfidence: 0.9, maxLength: 3 }, NO_CONTROL);
    expect(r.nTransactions).toBe(4);
    expect(r.rules.map((x) => `${x.antecedent.join('+')}=>${x.consequent.join('+')}`).sort()).toEqual(['Paper=>Pens', 'Pens=>Paper']);
    expect(r.topItems[0].support).toBe(0.75);
  });
});

describe('forecastSeries', () => {
  it('ignores seasonality without two seasons of history and reports a backtest', () => {
    const y = Array.from({ length: 18 }, (_, i) => 100 + 5 * i + (i % 12 === 11 ? 40 : 0));
    const f = forecastSeries(y.map(String), y, ['a', 'b', 'c'], { horizon: 3, seasonLength: 12 }, false);
    expect(f.seasonLength).toBe(1);
    expect(f.mean.length).toBe(3);
    expect(f.backtest.length).toBeGreaterThan(0);
    expect(code(() => forecastSeries(['1'], [1], [], { horizon: 1, seasonLength: 1 }, false))).toBe('data.tooFew');
  });
});

describe('summarizeSentiment', () => {
  it('counts labels per language and lists the most negative first', async () => {
    const s = await summarizeSentiment(
      [
        { id: '1', title: 'a', text: 'This is great, thank you, excellent service!' },
        { id: '2', title: 'b', text: 'Terrible. Broken on arrival, awful, I want a refund.' },
        { id: '3', title: 'c', text: 'Ужасно, товар сломан, очень плохо.' },
        { id: '4', title: 'd', text: 'Bad.' },
      ],
      NO_CONTROL,
    );
    expect(s.n).toBe(4);
    const en = s.byLang.find((x) => x.lang === 'en')!;
    expect(en.total).toBe(3);
    expect(en.positive).toBe(1);
    expect(s.byLang.find((x) => x.lang === 'ru')?.negative).toBe(1);
    expect(s.mostNegative.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < s.mostNegative.length; i++) expect(s.mostNegative[i].score).toBeGreaterThanOrEqual(s.mostNegative[i - 1].score);
  });
});


describe('log scaling before segmentation', () => {
  it('takes log1p of non-negative columns only', () => {
    const out = logScaleFlat(Float64Array.from([0, -1, 9, 2, 99, -3]), 3, 2);
    expect(Array.from(out)).toEqual([0, -1, Math.log1p(9), 2, Math.log1p(99), -3]);
  });
});
