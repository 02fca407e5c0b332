import { describe, expect, it } from 'vitest';
import { scoreConfusion, scoreFnc1 } from '../../lib/core/fnc1/score';
import type { Fnc1Stance } from '../../lib/core/fnc1/stances';
import { projectedOnCompetitionMix } from '../../scripts/train/print-scores';

describe('the FNC-1 score', () => {
  const gold: Fnc1Stance[] = ['agree', 'unrelated', 'discuss', 'disagree', 'unrelated', 'discuss'];
  const predicted: Fnc1Stance[] = ['agree', 'unrelated', 'agree', 'unrelated', 'discuss', 'discuss'];

  it('gives 0.25 for related / unrelated and 0.75 more for the exact related label', () => {
    // agree 1, unrelated 0.25, discuss→agree 0.25, disagree→unrelated 0, unrelated→discuss 0, discuss 1.
    const scores = scoreFnc1(gold, predicted);
    expect(scores.relativeScore).toBeCloseTo(2.5 / (1 + 0.25 + 1 + 1 + 0.25 + 1), 10);
    expect(scores.f1.agree).toBeCloseTo(2 / 3, 10);
    expect(scores.f1.disagree).toBe(0);
    expect(scores.f1.discuss).toBeCloseTo(0.5, 10);
    expect(scores.f1.unrelated).toBeCloseTo(0.5, 10);
    expect(scores.accuracy).toBeCloseTo(3 / 6, 10);
  });

  it('scores a confusion matrix of fractional counts as the same pairs repeated', () => {
    const once = scoreFnc1(gold, predicted);
    const halved = scoreConfusion(
      Object.fromEntries(
        Object.entries(once.confusion).map(([g, row]) => [
          g,
          Object.fromEntries(Object.entries(row).map(([p, n]) => [p, n / 2])),
        ]),
      ) as typeof once.confusion,
    );
    expect(halved.relativeScore).toBeCloseTo(once.relativeScore, 10);
    expect(halved.macroF1).toBeCloseTo(once.macroF1, 10);
    expect(halved.pairs).toBe(3);
  });

  it('projects predictions onto the competition label mix row by row', () => {
    const projected = projectedOnCompetitionMix(scoreFnc1(gold, predicted));
    expect(projected.confusion.unrelated.unrelated).toBeCloseTo(18349 / 2, 6);
    expect(projected.confusion.unrelated.discuss).toBeCloseTo(18349 / 2, 6);
    expect(projected.confusion.disagree.unrelated).toBeCloseTo(697, 6);
    expect(projected.pairs).toBeCloseTo(1903 + 697 + 4464 + 18349, 6);
  });
});
