import type Fuse from 'fuse.js';
import { analyze } from './analyze';
import { canBeRespelled, closeSpellings, spellingMatcher } from './spelling';
import { termWeight } from './term-weights';

/**
 * An inverted index over the statements of one corpus: integer term ids, and for each term the statements
 * that use it. Retrieval touches only the postings of the claim's terms, never the whole corpus; fuse.js
 * is used where it is good, on the vocabulary, to find names spelled another way (Denang / Danang).
 */
export interface StatementIndex {
  /** Term id → stem. */
  terms: string[];
  termIds: Map<string, number>;
  /** Term id → indices of the statements that use it, ascending. */
  postings: Uint32Array[];
  /** Statement index → its distinct term ids. */
  statementTerms: Uint32Array[];
  /** Term id → weight (inverse document frequency, see term-weights.ts). */
  weights: Float64Array;
  fuzzy?: Fuse<string>;
}

/** What is stored: postings and weights are rebuilt from this in one pass on load. */
export interface SerializedIndex {
  terms: string[];
  statementTerms: number[][];
}

export function buildIndex(statementTexts: string[]): StatementIndex {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const statementTerms = statementTexts.map((text) => {
    const ids = analyze(text).stems.map((stem) => {
      let id = termIds.get(stem);
      if (id === undefined) {
        id = terms.length;
        terms.push(stem);
        termIds.set(stem, id);
      }
      return id;
    });
    return Uint32Array.from(ids);
  });
  return assemble(terms, termIds, statementTerms);
}

function assemble(
  terms: string[],
  termIds: Map<string, number>,
  statementTerms: Uint32Array[],
): StatementIndex {
  const lists: number[][] = terms.map(() => []);
  statementTerms.forEach((ids, statement) => {
    for (const id of ids) lists[id]?.push(statement);
  });
  const postings = lists.map((list) => Uint32Array.from(list));
  const weights = Float64Array.from(terms, (stem, id) =>
    termWeight(stem, postings[id]?.length ?? 0, statementTerms.length),
  );
  return { terms, termIds, postings, statementTerms, weights };
}

export function serializeIndex(index: StatementIndex): SerializedIndex {
  return { terms: index.terms, statementTerms: index.statementTerms.map((ids) => Array.from(ids)) };
}

export function loadIndex(data: SerializedIndex): StatementIndex {
  const termIds = new Map(data.terms.map((stem, id) => [stem, id]));
  return assemble(
    data.terms,
    termIds,
    data.statementTerms.map((ids) => Uint32Array.from(ids)),
  );
}

/** Vocabulary terms that look like another spelling of `stem` (which is not itself in the vocabulary). */
export function fuzzyTerms(index: StatementIndex, stem: string): { id: number; similarity: number }[] {
  if (!canBeRespelled(stem)) return [];
  index.fuzzy ??= spellingMatcher(index.terms);
  return closeSpellings(index.fuzzy, stem).map((hit) => ({ id: hit.refIndex, similarity: hit.similarity }));
}
