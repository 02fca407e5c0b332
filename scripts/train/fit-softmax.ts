import { expand, type SoftmaxModel } from '../../lib/core/fnc1/softmax-model';
import { seededRandom } from '../bench/random';

export interface FitOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  /** Weight of each label's rows in the loss; rare labels count more. */
  labelWeights: number[];
  seed: number;
}

/** Bins per feature for the binned part of the expansion. */
const BINS = 6;

/** Distinct quantile cut points of a feature's values (fewer when the feature takes few values). */
function quantileEdges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = Array.from(
    { length: BINS - 1 },
    (_, b) => sorted[Math.floor(((b + 1) * sorted.length) / BINS)] ?? 0,
  );
  return [...new Set(cuts)].filter((cut) => cut < (sorted.at(-1) ?? 0));
}

/** Fits a multinomial logistic regression with stochastic gradient descent (Adam) on weighted cross-entropy. */
export function fitSoftmax(
  rows: number[][],
  labels: number[],
  meta: Pick<SoftmaxModel, 'features' | 'labels'>,
  options: FitOptions,
): SoftmaxModel {
  const width = rows[0]?.length ?? 0;
  const mean = Array.from(
    { length: width },
    (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / rows.length,
  );
  const scale = mean.map(
    (m, j) => Math.sqrt(rows.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / rows.length) || 1,
  );
  const edges = mean.map((_, j) => quantileEdges(rows.map((r) => r[j] ?? 0)));
  const x = rows.map((row) => expand(row, { mean, scale, edges }));
  const d = x[0]?.length ?? 0;
  const k = meta.labels.length;
  const w = Array.from({ length: k }, () => new Float64Array(d));
  const m1 = Array.from({ length: k }, () => new Float64Array(d));
  const m2 = Array.from({ length: k }, () => new Float64Array(d));
  const next = seededRandom(options.seed);
  const order = x.map((_, i) => i);
  const batch = 64;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let start = 0; start < order.length; start += batch) {
      const grad = Array.from({ length: k }, () => new Float64Array(d));
      for (const r of order.slice(start, start + batch)) {
        const xi = x[r] as number[];
        const logits = w.map((wk) => wk.reduce((s, v, j) => s + v * (xi[j] ?? 0), 0));
        const top = Math.max(...logits);
        const exps = logits.map((l) => Math.exp(l - top));
        const total = exps.reduce((a, b) => a + b, 0);
        const weight = options.labelWeights[labels[r] ?? 0] ?? 1;
        for (let c = 0; c < k; c++) {
          const delta = weight * ((exps[c] ?? 0) / total - (c === labels[r] ? 1 : 0));
          const g = grad[c] as Float64Array;
          for (let j = 0; j < d; j++) g[j] = (g[j] ?? 0) + delta * (xi[j] ?? 0);
        }
      }
      step++;
      for (let c = 0; c < k; c++) {
        const wc = w[c] as Float64Array;
        const gc = grad[c] as Float64Array;
        const a = m1[c] as Float64Array;
        const b = m2[c] as Float64Array;
        for (let j = 0; j < d; j++) {
          const g = (gc[j] ?? 0) / batch + (j < d - 1 ? options.l2 * (wc[j] ?? 0) : 0);
          a[j] = 0.9 * (a[j] ?? 0) + 0.1 * g;
          b[j] = 0.999 * (b[j] ?? 0) + 0.001 * g * g;
          const aHat = (a[j] ?? 0) / (1 - 0.9 ** step);
          const bHat = (b[j] ?? 0) / (1 - 0.999 ** step);
          wc[j] = (wc[j] ?? 0) - (options.learningRate * aHat) / (Math.sqrt(bHat) + 1e-8);
        }
      }
    }
  }
  const round = (v: number) => Number(v.toPrecision(6));
  return {
    ...meta,
    mean: mean.map(round),
    scale: scale.map(round),
    edges: edges.map((list) => list.map(round)),
    weights: w.map((wk) => Array.from(wk, round)),
  };
}
