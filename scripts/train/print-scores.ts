import { scoreFnc1 } from '../../lib/core/fnc1/score';
import { FNC1_STANCES, type Fnc1Stance } from '../../lib/core/fnc1/stances';

/** Prints the FNC-1 figures of a set of predictions and their confusion matrix. */
export function printScores(title: string, gold: Fnc1Stance[], predicted: Fnc1Stance[]): void {
  const scores = scoreFnc1(gold, predicted);
  console.log(
    `${title}: relative score ${(scores.relativeScore * 100).toFixed(2)}%, macro-F1 ${scores.macroF1.toFixed(3)}, ` +
      FNC1_STANCES.map((s) => `${s} F1 ${scores.f1[s].toFixed(3)}`).join(', '),
  );
  console.log('confusion (rows gold, columns predicted: agree, disagree, discuss, unrelated):');
  for (const g of FNC1_STANCES) {
    console.log(
      `  ${g.padEnd(10)} ${FNC1_STANCES.map((p) => String(scores.confusion[g][p]).padStart(6)).join('')}`,
    );
  }
}
