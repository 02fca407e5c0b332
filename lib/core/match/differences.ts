import type { Analyzed } from './analyze';
import type { Similarity } from './similarity';

/** Negators are always worth marking: they are what most often turns agreement into conflict. */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

function unmatched(sentence: Analyzed, matched: Set<string>): string[] {
  const words = sentence.tokens.filter(
    (token) =>
      NEGATORS.has(token.lower) || (!token.stop && token.lower.length > 1 && !matched.has(token.stem)),
  );
  // "n't" becomes "not" in the tokens; mark what is written.
  return [...new Set(words.map((token) => sentence.text.slice(token.start, token.end)))];
}

/** The words of each side that the other side does not share. */
export function differences(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
): { claim: string[]; statement: string[] } {
  return {
    claim: unmatched(claim, new Set(sim.shared.map((t) => t.claimStem))),
    statement: unmatched(statement, new Set(sim.shared.map((t) => t.statementStem))),
  };
}
