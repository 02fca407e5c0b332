import { type Analyzed, acronymStems } from './analyze';
import { FUZZY_DISCOUNT, fMeasure, SYNONYM_DISCOUNT } from './coverage-score';
import { capitalisedStems, perSentence } from './per-sentence';
import { canBeRespelled, closestSpelling } from './spelling';
import { synonymsOf } from './synonyms';

/** How a claim's stem was found in the statement. */
export interface SharedTerm {
  claimStem: string;
  statementStem: string;
  weight: number;
  /** True when the statement spells it differently (fuzzy name match). */
  fuzzy: boolean;
}

export interface Similarity {
  /** 0 = nothing in common, 1 = the same content words. Weighted F-measure of the two coverages below. */
  score: number;
  /** Share of the claim's weighted content found in the statement. */
  claimCoverage: number;
  /** Share of the statement's weighted content found in the claim. */
  statementCoverage: number;
  shared: SharedTerm[];
  /** The summed weight of each side's content words, for scores that count more as shared (alignedScore). */
  claimWeight: number;
  statementWeight: number;
}

/** The initials a sentence's names of three or more words give (analyze.ts). */
const acronymsOf = perSentence((sentence) => new Set(acronymStems(sentence.text)));

/** A sentence's stems, as a set: the words it writes. */
const writtenStems = perSentence((sentence) => new Set(sentence.stems));

/** A sentence's stems and joined names, as a set. */
const stemsOf = perSentence((sentence) => new Set([...sentence.stems, ...sentence.optionalStems]));

export function similarity(
  claim: Analyzed,
  statement: Analyzed,
  weightOf: (stem: string) => number,
  aliases: ReadonlyMap<string, string[]> = new Map(),
): Similarity {
  const statementStems = stemsOf(statement);
  const shared: SharedTerm[] = [];
  const claimed = new Set<string>();
  const claimWeight = claim.stems.reduce((sum, stem) => sum + weightOf(stem), 0);
  let sharedWeight = 0;
  const consider = (stem: string, optional: boolean) => {
    const weight = weightOf(stem);
    if (statementStems.has(stem)) {
      shared.push({ claimStem: stem, statementStem: stem, weight, fuzzy: false });
      claimed.add(stem);
      sharedWeight += weight;
      return;
    }
    if (optional) return;
    const alias = aliases.get(stem)?.find((candidate) => statementStems.has(candidate));
    if (alias) {
      shared.push({ claimStem: stem, statementStem: alias, weight: weight * FUZZY_DISCOUNT, fuzzy: true });
      claimed.add(alias);
      sharedWeight += weight * FUZZY_DISCOUNT;
      return;
    }
    const synonym = synonymsOf(stem).find(
      (candidate) => statementStems.has(candidate) && !claimed.has(candidate),
    );
    if (synonym) {
      shared.push({
        claimStem: stem,
        statementStem: synonym,
        weight: weight * SYNONYM_DISCOUNT,
        fuzzy: false,
      });
      claimed.add(synonym);
      sharedWeight += weight * SYNONYM_DISCOUNT;
    }
  };
  for (const stem of claim.stems) consider(stem, false);
  // Names the corpus knows in both spellings were not looked up fuzzily: pair what is left by spelling.
  // Only names are respelled: for other words a letter apart is another word (state / stake).
  const claimNames = capitalisedStems(claim);
  const unmatchedClaim = claim.stems.filter(
    (stem) => claimNames.has(stem) && !shared.some((t) => t.claimStem === stem) && canBeRespelled(stem),
  );
  // Most pairs leave no claim name unmatched: the statement's names are only read when one is.
  const statementNames = unmatchedClaim.length ? capitalisedStems(statement) : new Set<string>();
  const unmatchedStatement = statement.stems.filter(
    (stem) => statementNames.has(stem) && !claimed.has(stem) && canBeRespelled(stem),
  );
  if (unmatchedClaim.length && unmatchedStatement.length) {
    for (const stem of unmatchedClaim) {
      const hit = closestSpelling(unmatchedStatement, stem);
      if (!hit || claimed.has(hit)) continue;
      const weight = weightOf(stem) * FUZZY_DISCOUNT;
      shared.push({ claimStem: stem, statementStem: hit, weight, fuzzy: true });
      claimed.add(hit);
      sharedWeight += weight;
    }
  }
  // A joined name ("Da Nang" → danang) only adds when it is found; its parts already count in the claim.
  // A name's initials only where the statement writes them as a word: two names written out in full
  // ("President Donald Trump") already share their words.
  let bonus = 0;
  const initials = acronymsOf(claim);
  for (const stem of claim.optionalStems) {
    if (initials.has(stem) && !writtenStems(statement).has(stem)) continue;
    if (statementStems.has(stem) && !claimed.has(stem)) {
      const weight = weightOf(stem);
      shared.push({ claimStem: stem, statementStem: stem, weight, fuzzy: true });
      claimed.add(stem);
      bonus += weight;
    }
  }
  const statementWeight = statement.stems.reduce((sum, stem) => sum + weightOf(stem), 0);
  const claimCoverage = claimWeight > 0 ? Math.min(1, (sharedWeight + bonus) / claimWeight) : 0;
  const statementCoverage = statementWeight > 0 ? Math.min(1, (sharedWeight + bonus) / statementWeight) : 0;
  const score = fMeasure(claimCoverage, statementCoverage);
  return { score, claimCoverage, statementCoverage, shared, claimWeight, statementWeight };
}

/**
 * The score two sentences would have if the words that fill one slot differently in each ("final stop:
 * Japan" / "final stop: the Philippines", "a 10-day trip" / "a 13-day trip") were one word: how closely
 * they speak of the same thing, whatever they say of it. Given the extra weight each side's slot words
 * carry (words already shared are not counted twice).
 */
export function alignedScore(
  sim: Similarity,
  claimSlot: number,
  statementSlot: number,
): { score: number; claimCoverage: number } {
  const shared = sim.claimCoverage * sim.claimWeight;
  const claimCoverage = sim.claimWeight > 0 ? Math.min(1, (shared + claimSlot) / sim.claimWeight) : 0;
  const statementShared = sim.statementCoverage * sim.statementWeight;
  const statementCoverage =
    sim.statementWeight > 0 ? Math.min(1, (statementShared + statementSlot) / sim.statementWeight) : 0;
  return { score: fMeasure(claimCoverage, statementCoverage), claimCoverage };
}
