import { type Fnc1Scores, scoreConfusion, scoreFnc1 } from '../../lib/core/fnc1/score';
import { FNC1_STANCES, type Fnc1Stance } from '../../lib/core/fnc1/stances';

/**
 * Gold labels of the FNC-1 competition test set, as published with its scorer: far more unrelated
 * pairs than a split of the training data that keeps whole stories together, and more disagree ones.
 */
const COMPETITION_MIX: Record<Fnc1Stance, number> = {
  agree: 1903,
  disagree: 697,
  discuss: 4464,
  unrelated: 18349,
};

function summary(title: string, scores: Fnc1Scores): string {
  return (
    `${title}: relative score ${(scores.relativeScore * 100).toFixed(2)}%, macro-F1 ${scores.macroF1.toFixed(3)}, ` +
    FNC1_STANCES.map((s) => `${s} F1 ${scores.f1[s].toFixed(3)}`).join(', ')
  );
}

/**
 * The same predictions as if the gold labels came in the competition test set's proportions: each gold
 * label's row of the confusion matrix scaled to that label's count there. An estimate only: it keeps how
 * each label was predicted, and the competition's pairs may be harder or easier than these.
 */
export function projectedOnCompetitionMix(scores: Fnc1Scores): Fnc1Scores {
  const confusion = Object.fromEntries(
    FNC1_STANCES.map((g) => {
      const row = scores.confusion[g];
      const total = FNC1_STANCES.reduce((sum, p) => sum + row[p], 0);
      const scale = total ? COMPETITION_MIX[g] / total : 0;
      return [g, Object.fromEntries(FNC1_STANCES.map((p) => [p, row[p] * scale]))];
    }),
  ) as Fnc1Scores['confusion'];
  return scoreConfusion(confusion);
}

/**
 * Prints the FNC-1 figures of a set of predictions and their confusion matrix, and with `projected` the
 * figures on the competition test set's label mix.
 */
export function printScores(
  title: string,
  gold: Fnc1Stance[],
  predicted: Fnc1Stance[],
  projected = false,
): void {
  const scores = scoreFnc1(gold, predicted);
  console.log(summary(title, scores));
  console.log('confusion (rows gold, columns predicted: agree, disagree, discuss, unrelated):');
  for (const g of FNC1_STANCES) {
    console.log(
      `  ${g.padEnd(10)} ${FNC1_STANCES.map((p) => String(scores.confusion[g][p]).padStart(6)).join('')}`,
    );
  }
  if (projected)
    console.log(summary('projected on the competition label mix', projectedOnCompetitionMix(scores)));
}
