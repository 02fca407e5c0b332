/**
 * FNC-1 (Fake News Challenge, stage 1) labels a (headline, body) pair agree / disagree / discuss /
 * unrelated (lib/core/fnc1/classify-pair.ts gives Crosscheck's answer).
 * Shared by the CLI and `npm run eval`.
 */

export type Fnc1Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export const FNC1_STANCES: readonly Fnc1Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

/** Predictions per label, for the summary line. */
export function countStances(stances: readonly Fnc1Stance[]): Record<Fnc1Stance, number> {
  const counts: Record<Fnc1Stance, number> = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
  for (const stance of stances) counts[stance]++;
  return counts;
}
