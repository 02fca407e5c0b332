import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageScore } from '../../lib/core/match/coverage-score';
import { type QueryTerm, topStatements } from '../../lib/core/match/max-score';
import { postingList } from '../../lib/core/match/postings';
import { buildIndex, type StatementIndex } from '../../lib/core/match/statement-index';

/**
 * Statements as news text makes them: a few words nearly all statements use (long postings, light weight:
 * the terms pruning learns to skip) and a few of many rarer ones (short postings, heavy: the terms that
 * decide).
 */
const COMMON = ['government', 'police', 'minister'];
const COMMON_SHARE = [0.9, 0.7, 0.5];
const RARE =
  'capital border election protest army court vote river bridge museum comet glacier harbour senate treaty volcano'.split(
    ' ',
  );
const WORDS = [...COMMON, ...RARE];

const statementArbitrary = fc
  .tuple(
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    fc.array(fc.constantFrom(...RARE), { minLength: 1, maxLength: 3 }),
  )
  .map(([draws, rare]) =>
    [...COMMON.filter((_, i) => (draws[i] ?? 1) < (COMMON_SHARE[i] ?? 0)), ...rare].join(' '),
  );

const corpusArbitrary = fc.array(statementArbitrary, { minLength: 1, maxLength: 300 });

/** Every statement scored, best first, ties to the lower index: what pruning must reproduce. */
function exhaustive(
  index: StatementIndex,
  query: QueryTerm[],
  claimWeight: number,
  limit: number,
  accept: (statement: number) => boolean,
  floor: number,
) {
  const shared = new Float64Array(index.statementCount);
  // Summed in the order max-score reads the terms, so that equal sums are equal to the last bit.
  const ordered = [...query].sort((a, b) => b.weight - a.weight || a.statements.length - b.statements.length);
  for (const term of ordered) {
    for (const statement of term.statements) shared[statement] = (shared[statement] ?? 0) + term.weight;
  }
  return Array.from(shared, (sum, statement) => ({
    statement,
    score: coverageScore(sum, claimWeight, index.statementWeights[statement] ?? 0),
  }))
    .filter((hit) => hit.score > 0 && hit.score >= floor && accept(hit.statement))
    .sort((a, b) => b.score - a.score || a.statement - b.statement)
    .slice(0, limit);
}

describe('max-score retrieval', () => {
  it('returns the same top statements as scoring every statement, above any floor asked for', () => {
    fc.assert(
      fc.property(
        corpusArbitrary,
        fc
          .uniqueArray(fc.nat(WORDS.length - 1), { minLength: 1, maxLength: 8 })
          .map((picked) => [...new Set([...picked, 0, 1])]),
        fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        // No bar half the time; otherwise one that rules out weak and middling statements.
        fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 0.6, noNaN: true })),
        (texts, picked, weights, limit, spread, skipEvery, floor) => {
          const index = buildIndex(texts);
          // Rare words weigh more, as their inverse document frequency makes them; jittered.
          const query = picked.flatMap((word, n) => {
            const id = index.termIds.get(analyzeWord(WORDS[word] ?? ''));
            if (id === undefined) return [];
            const weight =
              (1 + Math.log(texts.length / postingList(index.postings, id).length)) * (weights[n] ?? 1);
            return [{ statements: postingList(index.postings, id), weight }];
          });
          const claimWeight = query.reduce((sum, term) => sum + term.weight, 0) * spread;
          const accept = (statement: number) => statement % 7 !== skipEvery;
          const pruned = topStatements(index, query, claimWeight, limit, accept, floor);
          const expected = exhaustive(index, query, claimWeight, limit, accept, floor);
          expect(pruned.map((hit) => hit.statement)).toEqual(expected.map((hit) => hit.statement));
          expect(pruned.map((hit) => hit.score)).toEqual(expected.map((hit) => hit.score));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves its working memory clean for the next claim', () => {
    const index = buildIndex(['said police', 'said army', 'said police army', 'comet said']);
    const said = index.termIds.get('said') ?? -1;
    const police = index.termIds.get('polic') ?? -1;
    const query = [
      { statements: postingList(index.postings, said), weight: 1 },
      { statements: postingList(index.postings, police), weight: 3 },
    ];
    const first = topStatements(index, query, 4, 2, () => true);
    expect(topStatements(index, query, 4, 2, () => true)).toEqual(first);
    expect(index.scratch?.shared.every((value) => value === 0)).toBe(true);
  });
});

/** The stem buildIndex files a word under (the pool's words have one each). */
function analyzeWord(word: string): string {
  const index = buildIndex([word]);
  return index.terms[0] ?? word;
}
