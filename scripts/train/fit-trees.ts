import type { Tree, TreeModel } from '../../lib/core/fnc1/tree-model';
import { seededRandom } from '../bench/random';

/**
 * Gradient-boosted decision trees for the stance model's steps (see lib/core/fnc1/tree-model.ts): each
 * round fits one shallow regression tree per label to the gradient of the weighted softmax cross-entropy,
 * with a Newton step in each leaf, as XGBoost and LightGBM do. Features are cut into quantile bins once,
 * before training, so a split search is a pass over small per-bin histograms rather than a sort.
 *
 * Deterministic: the same rows, labels and options give the same trees on every run and machine (the
 * only randomness, row and feature sampling, comes from a seeded generator; ties go to the first feature
 * and the lowest cut). No dependencies.
 */
export interface TreeFitOptions {
  /** Boosting rounds: trees per label. */
  rounds: number;
  /** Deepest level a leaf may sit at (the root is depth 0): 2 gives at most 4 leaves. */
  maxDepth: number;
  /** Shrinkage: each tree's leaf values are scaled by this. */
  learningRate: number;
  /** Fewest (sampled) training rows a leaf may hold. */
  minLeaf: number;
  /** L2 penalty on the leaf values (XGBoost's lambda), which also damps leaves with little weight. */
  l2: number;
  /** Most bins per feature (at most 256). A feature with fewer distinct values gets one bin per value. */
  maxBins: number;
  /** Weight of each label's rows in the loss; rare labels count more. */
  labelWeights: number[];
  /** Share of rows each round fits on, drawn afresh each round (1: all rows). */
  subsample: number;
  /** Share of the features each tree may split on, drawn afresh each tree (1: all features). */
  featureShare: number;
  seed: number;
}

export const DEFAULT_TREE_OPTIONS: Omit<TreeFitOptions, 'labelWeights'> = {
  rounds: 200,
  maxDepth: 3,
  learningRate: 0.1,
  minLeaf: 20,
  l2: 1,
  maxBins: 32,
  subsample: 1,
  featureShare: 1,
  seed: 17,
};

/** Label weights growing with (1 / the label's share) ** power, as train-model.ts weighs the stance step. */
export function balancedWeights(labels: readonly number[], k: number, power: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const y of labels) counts[y] = (counts[y] ?? 0) + 1;
  return counts.map((count) => (labels.length / (k * Math.max(1, count))) ** power);
}

const round6 = (v: number) => Number(v.toPrecision(6));

/**
 * Cut points of one feature: split candidates "value <= cut". Every distinct value but the largest when
 * there are few, else values at evenly spaced quantiles. Rounded to 6 digits before use, so that the bins
 * seen in training are exactly the sides `predict` takes on the stored thresholds.
 */
export function cutPoints(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.at(-1) !== v) distinct.push(v);
  const top = distinct.at(-1) ?? 0;
  const raw =
    distinct.length <= maxBins
      ? distinct.slice(0, -1)
      : Array.from(
          { length: maxBins - 1 },
          (_, b) => sorted[Math.floor(((b + 1) * sorted.length) / maxBins)] ?? top,
        );
  const cuts = [...new Set(raw.map(round6))].filter((cut) => cut < top).sort((a, b) => a - b);
  return cuts;
}

/** Which bin a value falls in: the number of cut points below it (a missing value goes past them all). */
function binOf(value: number, cuts: readonly number[]): number {
  if (Number.isNaN(value)) return cuts.length;
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value > (cuts[mid] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The training rows cut into bins, one column per feature, with the histogram layout. Most features sit in
 * one bin for most rows (a cue word is absent, a reason does not fire): each row also lists only its other
 * bins, as histogram slots, so that building a histogram skips the common bins and derives them from the
 * node's totals (LightGBM's most-frequent-bin trick).
 */
interface Binned {
  rows: number;
  /** columns[f][i]: the bin of row i on feature f. */
  columns: Uint8Array[];
  cuts: number[][];
  /** Where feature f's bins start in a histogram, and how many it has. */
  offset: Int32Array;
  bins: Int32Array;
  totalBins: number;
  /** Per feature, its most frequent bin. */
  commonBin: Int32Array;
  /** Row i's histogram slots outside the common bins: slots[rowStart[i]] up to slots[rowStart[i + 1]]. */
  rowStart: Int32Array;
  slots: Int32Array;
}

function binRows(rows: readonly (readonly number[])[], maxBins: number): Binned {
  const n = rows.length;
  const width = rows[0]?.length ?? 0;
  const columns: Uint8Array[] = [];
  const cuts: number[][] = [];
  const offset = new Int32Array(width);
  const bins = new Int32Array(width);
  let totalBins = 0;
  const values = new Float64Array(n);
  for (let f = 0; f < width; f++) {
    for (let i = 0; i < n; i++) values[i] = rows[i]?.[f] ?? Number.NaN;
    const featureCuts = cutPoints(values, Math.min(maxBins, 256));
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) column[i] = binOf(values[i] as number, featureCuts);
    columns.push(column);
    cuts.push(featureCuts);
    offset[f] = totalBins;
    bins[f] = featureCuts.length + 1;
    totalBins += featureCuts.length + 1;
  }
  const commonBin = new Int32Array(width);
  for (let f = 0; f < width; f++) {
    const counts = new Int32Array(bins[f] as number);
    for (const b of columns[f] as Uint8Array) counts[b] = (counts[b] as number) + 1;
    commonBin[f] = counts.indexOf(Math.max(...counts));
  }
  const rowStart = new Int32Array(n + 1);
  const slotList: number[] = [];
  for (let i = 0; i < n; i++) {
    rowStart[i] = slotList.length;
    for (let f = 0; f < width; f++) {
      const b = (columns[f] as Uint8Array)[i] as number;
      if (b !== commonBin[f]) slotList.push((offset[f] as number) + b);
    }
  }
  rowStart[n] = slotList.length;
  return {
    rows: n,
    columns,
    cuts,
    offset,
    bins,
    totalBins,
    commonBin,
    rowStart,
    slots: Int32Array.from(slotList),
  };
}

/** Sums of gradient, hessian and row count per (feature, bin) over the rows of one node. */
interface Histogram {
  grad: Float64Array;
  hess: Float64Array;
  count: Float64Array;
}

function newHistogram(size: number): Histogram {
  return { grad: new Float64Array(size), hess: new Float64Array(size), count: new Float64Array(size) };
}

/** The histogram of the member rows: their uncommon bins summed, each common bin the node total minus those. */
function fillHistogram(data: Binned, members: Int32Array, grad: Float64Array, hess: Float64Array): Histogram {
  const histogram = newHistogram(data.totalBins);
  const { grad: hg, hess: hh, count: hc } = histogram;
  const { rowStart, slots } = data;
  let g = 0;
  let h = 0;
  for (let j = 0; j < members.length; j++) {
    const i = members[j] as number;
    const gi = grad[i] as number;
    const hi = hess[i] as number;
    g += gi;
    h += hi;
    const end = rowStart[i + 1] as number;
    for (let e = rowStart[i] as number; e < end; e++) {
      const b = slots[e] as number;
      hg[b] = (hg[b] as number) + gi;
      hh[b] = (hh[b] as number) + hi;
      hc[b] = (hc[b] as number) + 1;
    }
  }
  for (let f = 0; f < data.offset.length; f++) {
    const start = data.offset[f] as number;
    const common = start + (data.commonBin[f] as number);
    let og = 0;
    let oh = 0;
    let oc = 0;
    for (let b = start; b < start + (data.bins[f] as number); b++) {
      if (b === common) continue;
      og += hg[b] as number;
      oh += hh[b] as number;
      oc += hc[b] as number;
    }
    hg[common] = g - og;
    hh[common] = h - oh;
    hc[common] = members.length - oc;
  }
  return histogram;
}

/** The parent's histogram minus one child's: the other child's, without a pass over its rows. */
function subtract(parent: Histogram, child: Histogram): Histogram {
  const out = newHistogram(parent.grad.length);
  for (let b = 0; b < parent.grad.length; b++) {
    out.grad[b] = (parent.grad[b] as number) - (child.grad[b] as number);
    out.hess[b] = (parent.hess[b] as number) - (child.hess[b] as number);
    out.count[b] = (parent.count[b] as number) - (child.count[b] as number);
  }
  return out;
}

interface Split {
  feature: number;
  /** Rows in bins 0..bin go left. */
  bin: number;
  gain: number;
}

/** Smallest hessian sum a leaf may have: keeps leaves off rows the model is already sure of. */
const MIN_HESSIAN = 1e-3;

/** The split of a node with the largest loss reduction, or null when none is allowed or helps. */
function bestSplit(
  data: Binned,
  features: Int32Array,
  histogram: Histogram,
  totals: { grad: number; hess: number; count: number },
  options: TreeFitOptions,
): Split | null {
  const { l2, minLeaf } = options;
  const parentScore = (totals.grad * totals.grad) / (totals.hess + l2);
  let best: Split | null = null;
  for (const f of features) {
    const base = data.offset[f] as number;
    const bins = data.bins[f] as number;
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < bins - 1; b++) {
      gl += histogram.grad[base + b] as number;
      hl += histogram.hess[base + b] as number;
      cl += histogram.count[base + b] as number;
      const gr = totals.grad - gl;
      const hr = totals.hess - hl;
      const cr = totals.count - cl;
      if (cl < minLeaf || hl < MIN_HESSIAN) continue;
      if (cr < minLeaf || hr < MIN_HESSIAN) break;
      const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentScore;
      if (gain > 1e-9 && (best === null || gain > best.gain)) best = { feature: f, bin: b, gain };
    }
  }
  return best;
}

/** A tree while it grows: the stored arrays plus, per split node, the bin it cuts at. */
interface GrowingTree extends Tree {
  splitBin: number[];
}

/**
 * Fits one regression tree to gradients and hessians on the member rows, depth first, and returns it with
 * its leaf values already scaled by the learning rate and rounded as they will be stored.
 */
function growTree(
  data: Binned,
  features: Int32Array,
  members: Int32Array,
  grad: Float64Array,
  hess: Float64Array,
  options: TreeFitOptions,
): GrowingTree {
  const tree: GrowingTree = { feature: [0], value: [0], child: [0], splitBin: [0] };
  const grow = (node: number, rows: Int32Array, histogram: Histogram | null, depth: number): void => {
    let g = 0;
    let h = 0;
    for (const i of rows) {
      g += grad[i] as number;
      h += hess[i] as number;
    }
    const split =
      histogram !== null && depth < options.maxDepth
        ? bestSplit(data, features, histogram, { grad: g, hess: h, count: rows.length }, options)
        : null;
    if (split === null) {
      tree.feature[node] = -1;
      tree.value[node] = round6((-options.learningRate * g) / (h + options.l2));
      tree.child[node] = 0;
      tree.splitBin[node] = 0;
      return;
    }
    const column = data.columns[split.feature] as Uint8Array;
    let leftCount = 0;
    for (const i of rows) if ((column[i] as number) <= split.bin) leftCount++;
    const left = new Int32Array(leftCount);
    const right = new Int32Array(rows.length - leftCount);
    let l = 0;
    let r = 0;
    for (const i of rows) {
      if ((column[i] as number) <= split.bin) left[l++] = i;
      else right[r++] = i;
    }
    const first = tree.feature.length;
    tree.feature[node] = split.feature;
    tree.value[node] = data.cuts[split.feature]?.[split.bin] as number;
    tree.child[node] = first;
    tree.splitBin[node] = split.bin;
    tree.feature.push(0, 0);
    tree.value.push(0, 0);
    tree.child.push(0, 0);
    tree.splitBin.push(0, 0);
    // Children that may split get histograms: the smaller one's by a pass over its rows, the larger
    // one's by subtraction. Children at the deepest level are leaves and need none.
    if (depth + 1 >= options.maxDepth) {
      grow(first, left, null, depth + 1);
      grow(first + 1, right, null, depth + 1);
      return;
    }
    const leftSmaller = left.length <= right.length;
    const small = fillHistogram(data, leftSmaller ? left : right, grad, hess);
    const large = subtract(histogram as Histogram, small);
    grow(first, left, leftSmaller ? small : large, depth + 1);
    grow(first + 1, right, leftSmaller ? large : small, depth + 1);
  };
  grow(0, members, fillHistogram(data, members, grad, hess), 0);
  return tree;
}

/** The output of a growing tree for training row i, walking on bins. */
function walkBinned(tree: GrowingTree, data: Binned, i: number): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node] as number;
    if (f < 0) return tree.value[node] as number;
    const c = tree.child[node] as number;
    node = ((data.columns[f] as Uint8Array)[i] as number) <= (tree.splitBin[node] as number) ? c : c + 1;
  }
}

/**
 * Fits boosted trees to rows (one number per feature) and labels (indices into `meta.labels`), minimising
 * the label-weighted softmax cross-entropy.
 */
export function fitTrees(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  meta: Pick<TreeModel, 'features' | 'labels'>,
  options: TreeFitOptions,
): TreeModel {
  const n = rows.length;
  const k = meta.labels.length;
  const data = binRows(rows, options.maxBins);
  const width = data.columns.length;
  const weight = Float64Array.from(labels, (y) => options.labelWeights[y] ?? 1);

  // Starting scores: log of each label's weighted share.
  const share = new Array<number>(k).fill(0);
  labels.forEach((y, i) => {
    share[y] = (share[y] ?? 0) + (weight[i] as number);
  });
  const totalWeight = share.reduce((a, b) => a + b, 0);
  const base = share.map((s) => round6(Math.log(Math.max(s, 1e-12) / totalWeight)));

  const binary = k === 2;
  const treesPerRound = binary ? 1 : k;
  /** score[i * k + c]: the model's current score of label c for row i. */
  const score = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) score[i * k + c] = base[c] as number;
  const prob = new Float64Array(n * k);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const next = seededRandom(options.seed);
  const usable = Array.from({ length: width }, (_, f) => f).filter((f) => (data.bins[f] as number) > 1);
  const trees: Tree[] = [];

  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      let top = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) top = Math.max(top, score[i * k + c] as number);
      let total = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp((score[i * k + c] as number) - top);
        prob[i * k + c] = e;
        total += e;
      }
      for (let c = 0; c < k; c++) prob[i * k + c] = (prob[i * k + c] as number) / total;
    }
    let members: Int32Array;
    if (options.subsample < 1) {
      const picked: number[] = [];
      for (let i = 0; i < n; i++) if (next() < options.subsample) picked.push(i);
      members = Int32Array.from(picked);
    } else {
      members = Int32Array.from({ length: n }, (_, i) => i);
    }
    for (let t = 0; t < treesPerRound; t++) {
      const c = binary ? 1 : t;
      for (let i = 0; i < n; i++) {
        const p = prob[i * k + c] as number;
        const w = weight[i] as number;
        grad[i] = w * (p - (labels[i] === c ? 1 : 0));
        hess[i] = w * Math.max(p * (1 - p), 1e-16);
      }
      let features = Int32Array.from(usable);
      if (options.featureShare < 1) {
        const shuffled = [...usable];
        for (let a = shuffled.length - 1; a > 0; a--) {
          const b = Math.floor(next() * (a + 1));
          [shuffled[a], shuffled[b]] = [shuffled[b] as number, shuffled[a] as number];
        }
        const keep = Math.max(1, Math.round(options.featureShare * shuffled.length));
        features = Int32Array.from(shuffled.slice(0, keep).sort((a, b) => a - b));
      }
      const tree = growTree(data, features, members, grad, hess, options);
      for (let i = 0; i < n; i++) score[i * k + c] = (score[i * k + c] as number) + walkBinned(tree, data, i);
      trees.push({ feature: tree.feature, value: tree.value, child: tree.child });
    }
  }
  return { ...meta, base, treesPerRound, trees };
}
