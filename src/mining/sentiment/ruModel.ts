/**
 * The compact Russian sentiment model: multinomial logistic regression over hashed features
 * (hashedFeatures.ts), trained at build time by bench/sentiment-train.ts on the training rows of
 * /work/shared/datasets/sentiment/ru; weights as int8 in model-ru.ts.
 */
import { ruFeatures } from './hashedFeatures.ts';
import { RU_MODEL } from './model-ru.ts';

export const RU_CLASSES = ['negative', 'neutral', 'positive'] as const;

let weights: Float32Array | null = null;

function decoded(): Float32Array {
  if (weights) return weights;
  const bin = atob(RU_MODEL.weights);
  const w = new Float32Array(bin.length);
  for (let i = 0; i < bin.length; i++) {
    const b = bin.charCodeAt(i);
    w[i] = (b > 127 ? b - 256 : b) * RU_MODEL.scale;
  }
  return (weights = w);
}

/** Class probabilities [negative, neutral, positive]. */
export function ruProbabilities(text: string): number[] {
  const w = decoded();
  const k = RU_CLASSES.length;
  const feats = ruFeatures(text, RU_MODEL.buckets);
  const norm = feats.length ? 1 / Math.sqrt(feats.length) : 0;
  const z = RU_MODEL.bias.slice();
  for (const f of feats) for (let c = 0; c < k; c++) z[c] += w[f * k + c] * norm;
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}
