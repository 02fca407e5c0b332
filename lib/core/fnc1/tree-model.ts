/**
 * A gradient-boosted decision-tree classifier over the pair features: the sum of many shallow regression
 * trees gives each label a score, and the highest score wins (multiclass softmax boosting). Learned by
 * scripts/train/fit-trees.ts. Evaluating it is a few hundred table walks: no Node APIs, no allocation per
 * tree.
 */
export interface TreeModel {
  /** Input names, in the order `predict` reads them. */
  features: string[];
  labels: string[];
  /**
   * Starting score of each label before any tree (log of its weighted training share). With two labels the
   * trees push only the second label's score (a logistic model); otherwise each label has its own trees.
   */
  base: number[];
  /** How many trees make one boosting round: one with two labels, else one per label, in label order. */
  treesPerRound: number;
  /** The trees, round by round; tree t adds to the score of label `t % treesPerRound` (+1 with two labels). */
  trees: Tree[];
}

/**
 * One regression tree in flat arrays, node 0 the root. Node i is a leaf when `feature[i]` is -1, and then
 * `value[i]` is what it adds to its label's score. Otherwise it splits on input `feature[i]`: a row whose
 * value is at most `value[i]` goes to node `child[i]`, any other row (and a missing value) to `child[i] + 1`.
 */
export interface Tree {
  feature: number[];
  value: number[];
  child: number[];
}

/** The output of one tree for one row. */
function walk(tree: Tree, row: readonly number[]): number {
  let node = 0;
  for (;;) {
    const f = tree.feature[node] ?? -1;
    const v = tree.value[node] ?? 0;
    if (f < 0) return v;
    const c = tree.child[node] ?? 0;
    node = (row[f] ?? Number.NaN) <= v ? c : c + 1;
  }
}

/**
 * Each label's score for a row (a log-odds; apply softmax for probabilities). `rounds` keeps only the first
 * rounds of trees, to see how a shorter model would have done.
 */
export function treeScores(
  model: TreeModel,
  row: readonly number[],
  rounds = Number.POSITIVE_INFINITY,
): number[] {
  const scores = [...model.base];
  const binary = model.treesPerRound === 1 && model.labels.length === 2;
  const count = Math.min(model.trees.length, rounds * model.treesPerRound);
  for (let t = 0; t < count; t++) {
    const label = binary ? 1 : t % model.treesPerRound;
    scores[label] = (scores[label] ?? 0) + walk(model.trees[t] as Tree, row);
  }
  return scores;
}

/** Each label's probability for a row. */
export function treeProbabilities(model: TreeModel, row: readonly number[]): number[] {
  const scores = treeScores(model, row);
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The label with the highest score. */
export function predict(model: TreeModel, row: readonly number[], rounds?: number): string {
  const scores = treeScores(model, row, rounds);
  return model.labels[scores.indexOf(Math.max(...scores))] ?? model.labels[0] ?? '';
}
