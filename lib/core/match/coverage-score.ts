/**
 * The F-measure of similarity.ts (β = 2: the claim's coverage counts four times the statement's), which
 * from summed weights is 5·S / (4·claimWeight + statementWeight) before the coverages are capped at 1.
 * Ranking candidates by the very score the re-ranking uses is what lets a short candidate list hold the
 * statements the exhaustive match would pick.
 */
const BETA_SQUARED = 4;

export function coverageScore(shared: number, claimWeight: number, statementWeight: number): number {
  if (claimWeight <= 0 || statementWeight <= 0) return 0;
  const claimCoverage = Math.min(1, shared / claimWeight);
  const statementCoverage = Math.min(1, shared / statementWeight);
  const denominator = BETA_SQUARED * statementCoverage + claimCoverage;
  return denominator > 0 ? ((1 + BETA_SQUARED) * claimCoverage * statementCoverage) / denominator : 0;
}

/** The most a statement sharing `shared` can score, whatever its own weight (it covers itself at best). */
export function ceilingScore(shared: number, claimWeight: number): number {
  const claimCoverage = Math.min(1, shared / claimWeight);
  return ((1 + BETA_SQUARED) * claimCoverage) / (BETA_SQUARED + claimCoverage);
}

/** The least shared weight whose ceiling reaches `score`: the inverse of ceilingScore, a little under. */
export function sharedNeeded(score: number, claimWeight: number): number {
  if (!(score > 0)) return 0;
  const coverage = (BETA_SQUARED * Math.min(1, score)) / (1 + BETA_SQUARED - Math.min(1, score));
  return claimWeight * coverage * (1 - 1e-9);
}
