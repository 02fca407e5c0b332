import { type CueVocabulary, cueNames } from './cue-words';
import { FEATURE_NAMES } from './pair-features';
import { FNC1_STANCES, type Fnc1Stance } from './stances';
import { predict as predictTrees, type TreeModel } from './tree-model';

/**
 * A multinomial logistic regression over the pair features: one weight per (label, feature), learned by
 * `npm run train` (scripts/train/) and committed as lib/core/data/stance-model.json. Small, fast and
 * readable: a weight says how much a feature pushes a pair towards a label.
 */
export interface SoftmaxModel {
  features: string[];
  labels: string[];
  /** Per input feature: mean and spread used to standardise it. */
  mean: number[];
  scale: number[];
  /**
   * Per input feature: quantile edges of its training values. Each feature also enters as "which bin",
   * which lets a linear model learn effects that rise and fall (a similarity that is suspiciously high).
   */
  edges: number[][];
  /** weights[label][expandedFeature], with the bias as the last entry. */
  weights: number[][];
}

/** Products of features that matter together: a refuting word only counts where the article is on topic. */
const PRODUCTS: [string, string][] = [
  ['maxSimilarity', 'refutingCuesTop'],
  ['maxSimilarity', 'hedgeCuesTop'],
  ['maxSimilarity', 'conflictShare'],
  ['maxSimilarity', 'agreeShare'],
  ['articleCoverage', 'refutingCuesArticle'],
  ['articleCoverage', 'hedgeCuesArticle'],
  ['maxSimilarity', 'negatedInTop'],
  ['maxSimilarity', 'claimNegated'],
  // A claim that itself denies or debunks ("No, the kid didn't make $72 million", "Scientists doubt …")
  // is agreed with by an article that denies too: refuting words then point to agree, not disagree.
  ['claimRefuting', 'refutingCuesArticle'],
  ['claimRefuting', 'refutingWeighted'],
  ['claimRefuting', 'refutingLead'],
  ['claimNegated', 'negatedInTop'],
  ['claimNegated', 'negationWeighted'],
  ['claimNegated', 'refutingWeighted'],
  ['claimRefuting', 'negationWeighted'],
];
/** Features whose effect is not linear (relatedness rises steeply, then flattens): their squares are added. */
const SQUARED = [
  'maxSimilarity',
  'meanTop3Similarity',
  'articleCoverage',
  'maxClaimCoverage',
  'leadSimilarity',
];

const index = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);

/** Standardised features, their bins, squares and products, and a constant 1 for the bias. */
export function expand(
  row: readonly number[],
  model: Pick<SoftmaxModel, 'mean' | 'scale' | 'edges'>,
): number[] {
  const z = row.map((value, i) => (value - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  const raw = (name: string) => row[index(name)] ?? 0;
  const bins = row.flatMap((value, i) => {
    const edges = model.edges[i] ?? [];
    const bin = edges.filter((edge) => value > edge).length;
    return Array.from({ length: edges.length + 1 }, (_, b) => (b === bin ? 1 : 0));
  });
  return [
    ...z,
    ...bins,
    ...SQUARED.map((name) => raw(name) ** 2),
    ...PRODUCTS.map(([a, b]) => raw(a) * raw(b)),
    1,
  ];
}

export function probabilities(model: SoftmaxModel, row: readonly number[]): number[] {
  const x = expand(row, model);
  const logits = model.weights.map((w) => w.reduce((sum, weight, i) => sum + weight * (x[i] ?? 0), 0));
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function predictLabel(model: SoftmaxModel, row: readonly number[]): string {
  const p = probabilities(model, row);
  return model.labels[p.indexOf(Math.max(...p))] ?? model.labels[0] ?? '';
}

/**
 * The stance model in two steps: is the article about the claim at all (related / unrelated: a softmax, as
 * relatedness rises smoothly with shared content), and if so, does it agree, disagree or discuss (boosted
 * trees, see tree-model.ts: which cue counts depends on others, "denied" pointing one way in an article
 * that debunks and another in one that reports a denial). The second step is trained on related pairs only,
 * so it spends itself on the hard distinction.
 */
export interface StanceModel {
  relatedness: SoftmaxModel;
  /** Reads the pair features followed by the cue-word inputs (see cue-words.ts). */
  stance: TreeModel;
  cues: CueVocabulary;
}

/**
 * The label of a pair from its features and, for the second step only, its cue-word inputs: whether an
 * article is about a claim at all is a matter of shared content, not of wording.
 */
export function predictStance(model: StanceModel, row: readonly number[], cues: () => number[]): Fnc1Stance {
  if (predictLabel(model.relatedness, row) === 'unrelated') return 'unrelated';
  return predictTrees(model.stance, [...row, ...cues()]) as Fnc1Stance;
}

export function checkModel(model: StanceModel): StanceModel {
  const expected = [FEATURE_NAMES.join(), [...FEATURE_NAMES, ...cueNames(model.cues)].join()];
  [model.relatedness, model.stance].forEach((part, i) => {
    if (
      part.features.join() !== expected[i] ||
      part.labels.some((l) => !FNC1_STANCES.includes(l as Fnc1Stance) && l !== 'related')
    ) {
      throw new Error('the stance model was trained on other features or labels: run `npm run train`');
    }
  });
  return model;
}
