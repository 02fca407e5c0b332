import { FNC1_STANCES, type Fnc1Stance } from './stances';

export interface Fnc1Scores {
  /** The challenge's score divided by the best possible score on the same pairs, 0..1. */
  relativeScore: number;
  macroF1: number;
  f1: Record<Fnc1Stance, number>;
  accuracy: number;
  /** confusion[gold][predicted] */
  confusion: Record<Fnc1Stance, Record<Fnc1Stance, number>>;
  pairs: number;
}

const related = (stance: Fnc1Stance) => stance !== 'unrelated';

/**
 * The FNC-1 score: 0.25 for telling related from unrelated right, and for a related pair 0.75 more for the
 * exact label. Reported beside macro-F1, since the score mostly rewards the related / unrelated split.
 */
export function scoreFnc1(gold: readonly Fnc1Stance[], predicted: readonly Fnc1Stance[]): Fnc1Scores {
  const confusion = Object.fromEntries(
    FNC1_STANCES.map((g) => [g, Object.fromEntries(FNC1_STANCES.map((p) => [p, 0]))]),
  ) as Fnc1Scores['confusion'];
  gold.forEach((g, i) => {
    confusion[g][predicted[i] ?? 'unrelated'] += 1;
  });
  return scoreConfusion(confusion);
}

/** The figures of a confusion matrix, whose counts may be fractions (see scripts/train/print-scores.ts). */
export function scoreConfusion(confusion: Fnc1Scores['confusion']): Fnc1Scores {
  let score = 0;
  let best = 0;
  let pairs = 0;
  for (const g of FNC1_STANCES) {
    for (const p of FNC1_STANCES) {
      const count = confusion[g][p];
      pairs += count;
      best += count * (related(g) ? 1 : 0.25);
      if (g === p) score += count * (related(g) ? 1 : 0.25);
      else if (related(g) && related(p)) score += count * 0.25;
    }
  }
  const f1 = Object.fromEntries(
    FNC1_STANCES.map((stance) => {
      const tp = confusion[stance][stance];
      const predictedCount = FNC1_STANCES.reduce((sum, g) => sum + confusion[g][stance], 0);
      const goldCount = FNC1_STANCES.reduce((sum, p) => sum + confusion[stance][p], 0);
      const precision = predictedCount ? tp / predictedCount : 0;
      const recall = goldCount ? tp / goldCount : 0;
      return [stance, precision + recall ? (2 * precision * recall) / (precision + recall) : 0];
    }),
  ) as Record<Fnc1Stance, number>;
  const correct = FNC1_STANCES.reduce((sum, s) => sum + confusion[s][s], 0);
  return {
    relativeScore: best ? score / best : 0,
    macroF1: FNC1_STANCES.reduce((sum, s) => sum + f1[s], 0) / FNC1_STANCES.length,
    f1,
    accuracy: pairs ? correct / pairs : 0,
    confusion,
    pairs,
  };
}
