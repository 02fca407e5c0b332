import type { Analyzed } from './analyze';
import { fuzzyTerms, type StatementIndex } from './statement-index';

export interface Retrieval {
  /** Statement indices, best first. */
  candidates: number[];
  /** Claim stem → the vocabulary spellings fuzzy matching found for it (names spelled differently). */
  aliases: Map<string, string[]>;
}

/**
 * Candidate statements for a claim: the statements sharing the most weight of the claim's terms, found
 * through the postings of those terms only. Terms the corpus does not know are looked up fuzzily.
 * `accept` filters statements out (e.g. the articles that are the page itself).
 */
export function retrieve(
  index: StatementIndex,
  claim: Analyzed,
  limit: number,
  accept: (statement: number) => boolean = () => true,
): Retrieval {
  const scores = new Map<number, number>();
  const aliases = new Map<string, string[]>();
  const add = (id: number, factor: number) => {
    const weight = (index.weights[id] ?? 0) * factor;
    for (const statement of index.postings[id] ?? []) {
      scores.set(statement, (scores.get(statement) ?? 0) + weight);
    }
  };
  for (const stem of claim.stems) {
    const id = index.termIds.get(stem);
    if (id !== undefined) {
      add(id, 1);
      continue;
    }
    const similar = fuzzyTerms(index, stem);
    if (similar.length)
      aliases.set(
        stem,
        similar.map((hit) => index.terms[hit.id] ?? ''),
      );
    for (const hit of similar) add(hit.id, hit.similarity);
  }
  for (const stem of claim.optionalStems) {
    const id = index.termIds.get(stem);
    if (id !== undefined) add(id, 1);
  }
  const candidates = [...scores]
    .filter(([statement]) => accept(statement))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([statement]) => statement);
  return { candidates, aliases };
}
