/**
 * The similarity score, shared by the re-ranking (similarity.ts) and retrieval (retrieve.ts), so that ranking
 * candidates by the very score the re-ranking uses lets a short candidate list hold the statements the
 * exhaustive match would pick.
 *
 * Evidence is about a claim when it covers the claim's content; it may say more besides. So the claim's
 * coverage counts β² times as much as the statement's (β = 2: a long statement that contains the whole claim
 * still scores high, a short one that repeats one name of a long claim does not). From summed weights that
 * is 5·S / (4·claimWeight + statementWeight) before the coverages are capped at 1.
 */
const BETA_SQUARED = 4;
/** A respelled name (Denang / Danang) counts a little less than an exact one. */
export const FUZZY_DISCOUNT = 0.85;
/** A synonym says nearly the same, but not quite: "chatted" for "talked". */
export const SYNONYM_DISCOUNT = 0.7;

/** The F-measure of the two coverages (each 0..1). */
export function fMeasure(claimCoverage: number, statementCoverage: number): number {
  const denominator = BETA_SQUARED * statementCoverage + claimCoverage;
  return denominator > 0 ? ((1 + BETA_SQUARED) * claimCoverage * statementCoverage) / denominator : 0;
}

export function coverageScore(shared: number, claimWeight: number, statementWeight: number): number {
  if (claimWeight <= 0 || statementWeight <= 0) return 0;
  return fMeasure(Math.min(1, shared / claimWeight), Math.min(1, shared / statementWeight));
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
