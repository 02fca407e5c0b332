import { describe, expect, it } from 'vitest';
import { predict, treeProbabilities } from '../../lib/core/fnc1/tree-model';
import { seededRandom } from '../../scripts/bench/random';
import { balancedWeights, DEFAULT_TREE_OPTIONS, fitTrees } from '../../scripts/train/fit-trees';

/**
 * Rows of two inputs whose label depends on both together: "b" where x > 0.5 and y > 0.5, "c" where only
 * x is, "a" otherwise — a rule no single line through the inputs draws, and a tree draws in two splits.
 */
function rowsOf(n: number, seed: number) {
  const next = seededRandom(seed);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = [next(), next()];
    rows.push([x, y]);
    labels.push(x > 0.5 ? (y > 0.5 ? 1 : 2) : 0);
  }
  return { rows, labels };
}

const meta = { features: ['x', 'y'], labels: ['a', 'b', 'c'] };
const options = (labels: number[]) => ({
  ...DEFAULT_TREE_OPTIONS,
  rounds: 40,
  maxDepth: 2,
  labelWeights: balancedWeights(labels, 3, 0.6),
});

describe('boosted trees', () => {
  const train = rowsOf(600, 3);
  const model = fitTrees(train.rows, train.labels, meta, options(train.labels));

  it('learn a rule that needs two inputs together, and predict it on rows they never saw', () => {
    const test = rowsOf(300, 11);
    const right = test.rows.filter((row, i) => predict(model, row) === meta.labels[test.labels[i] ?? 0]);
    expect(right.length / test.rows.length).toBeGreaterThan(0.95);
    expect(predict(model, [0.9, 0.9])).toBe('b');
    expect(predict(model, [0.9, 0.1])).toBe('c');
    expect(predict(model, [0.1, 0.9])).toBe('a');
  });

  it('give each label a probability, the predicted one the highest', () => {
    const p = treeProbabilities(model, [0.9, 0.9]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(p.indexOf(Math.max(...p))).toBe(1);
  });

  it('are the same trees on every run', () => {
    const again = fitTrees(train.rows, train.labels, meta, options(train.labels));
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });

  it('weigh a rare label up: with its weight it is predicted where it is likeliest', () => {
    // One row in twenty is "b"; unweighted, a shallow model may never say it.
    const rare = rowsOf(2000, 5);
    const labels = rare.labels.map((y, i) => (y === 1 && i % 4 !== 0 ? 2 : y));
    const weighted = fitTrees(rare.rows, labels, meta, {
      ...options(labels),
      labelWeights: balancedWeights(labels, 3, 1),
    });
    expect(predict(weighted, [0.95, 0.95])).toBe('b');
  });
});
