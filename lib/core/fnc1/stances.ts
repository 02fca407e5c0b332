import type { ClaimReport } from '../types';

/**
 * FNC-1 (Fake News Challenge, stage 1) labels a (headline, body) pair agree / disagree / discuss /
 * unrelated. This maps Crosscheck's matches of the headline against the body onto those labels.
 * Shared by the CLI and `npm run eval`.
 */

export type Fnc1Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export const FNC1_STANCES: readonly Fnc1Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

/**
 * No statement of the body matched: unrelated. Any conflict: disagree, since a conflict always carries a
 * concrete reason. Otherwise any agreement: agree. Matches that are only related: the body discusses it.
 */
export function fnc1Stance(claims: readonly ClaimReport[]): Fnc1Stance {
  const matches = claims.flatMap((claim) => claim.matches);
  if (matches.length === 0) return 'unrelated';
  if (matches.some((match) => match.stance === 'conflict')) return 'disagree';
  if (matches.some((match) => match.stance === 'agree')) return 'agree';
  return 'discuss';
}

/** Predictions per label, for the summary line. */
export function countStances(stances: readonly Fnc1Stance[]): Record<Fnc1Stance, number> {
  const counts: Record<Fnc1Stance, number> = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
  for (const stance of stances) counts[stance]++;
  return counts;
}
