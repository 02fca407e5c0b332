import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { acronymStems, analyze } from '../../lib/core/match/analyze';
import { retrieve } from '../../lib/core/match/retrieve';
import { similarity } from '../../lib/core/match/similarity';
import { closeSpellings, closestSpelling, spellingMatcher } from '../../lib/core/match/spelling';
import { buildIndex, fuzzyTerms } from '../../lib/core/match/statement-index';
import { referenceIdf } from '../../lib/core/match/term-weights';

const STATEMENTS = [
  'Putin and Trump spoke briefly in Danang on Saturday.',
  'Leaders of the Pacific Rim met in Da Nang, Vietnam.',
  'Protesters encountered police outside the summit venue.',
  'Protesters ignored police outside the summit venue.',
  'Sergey Lavrov told reporters that no meeting was planned.',
  'The markets in Hanoi were calm on Friday.',
];

describe('retrieval of names spelled another way', () => {
  const index = buildIndex(STATEMENTS);
  const first = (claim: string, accept?: (statement: number) => boolean) =>
    retrieve(index, analyze(claim), 3, { accept }).candidates[0];

  it('finds Danang for a claim that writes Denang, and says how it read it', () => {
    expect(fuzzyTerms(index, 'denang').map((hit) => index.terms[hit.id])).toContain('danang');
    const retrieval = retrieve(index, analyze('Trump and Putin spoke in Denang.'), 3);
    expect(retrieval.candidates[0]).toBe(0);
    expect(retrieval.aliases.get('denang')).toContain('danang');
  });

  it('reads no word in use as a misspelling of another, but a typo still is', () => {
    // "resorts" is a word of its own, not "reporters" misspelt; "reportres" is.
    expect(retrieve(index, analyze('Several ski resorts will open early.'), 3).aliases.has('resort')).toBe(
      false,
    );
    expect(retrieve(index, analyze('Lavrov told reportres nothing.'), 3).aliases.get('reportr')).toContain(
      'report',
    );
  });

  it('finds a name spelled another way even when the corpus also knows this spelling', () => {
    const both = buildIndex(['Sergei arrived in Hanoi late.', 'Reporters waited for Sergey outside.']);
    const { candidates } = retrieve(both, analyze('Officials welcomed Sergei warmly.'), 3);
    expect(candidates).toEqual([0, 1]);
    expect(retrieve(both, analyze('Officials welcomed Sergei warmly.'), 3).aliases.size).toBe(0);
  });

  it('finds Sergey for a claim that writes Sergei', () => {
    expect(first('Officials said Sergei would speak.')).toBe(4);
  });

  it('matches a name written as two words with the same name written as one, both ways', () => {
    expect(first('Pacific Rim leaders gathered in Danang.')).toBe(1);
    expect(first('Putin and Trump spoke in Da Nang.')).toBe(0);
  });

  it('prefers the statement with a synonym over one without', () => {
    const { candidates } = retrieve(index, analyze('Protesters met police outside the summit.'), 3);
    expect(candidates.indexOf(2)).toBeLessThan(candidates.indexOf(3));
  });

  it('leaves out the statements `accept` refuses', () => {
    expect(first('Putin and Trump spoke in Danang.', (statement) => statement !== 0)).not.toBe(0);
  });

  it('finds nothing for a claim that shares nothing', () => {
    expect(retrieve(index, analyze('Glaciers retreat in the Alps.'), 3).candidates).toEqual([]);
  });
});

describe('a name written in full and by its initials', () => {
  const statements = [
    'Delegates of the North Atlantic Fisheries Commission met in Bergen on Monday.',
    'Delegates of the fishing fleets met in Bergen on Monday.',
  ];
  const index = buildIndex(statements);

  it('reads the initials of three or more capitalised words, a leading function word left out', () => {
    expect(acronymStems(statements[0] as string)).toEqual(['nafc']);
    expect(acronymStems('The Da Nang summit opened.')).toEqual([]);
  });

  it('is found and matched both ways', () => {
    const claim = analyze('NAFC delegates met in Bergen on Monday.');
    expect(retrieve(index, claim, 2).candidates[0]).toBe(0);
    const written = analyze(statements[0] as string);
    const other = analyze(statements[1] as string);
    expect(similarity(claim, written, referenceIdf).score).toBeGreaterThan(
      similarity(claim, other, referenceIdf).score,
    );
    const full = analyze('The North Atlantic Fisheries Commission met in Bergen.');
    expect(
      similarity(full, analyze('NAFC delegates met in Bergen.'), referenceIdf).shared.map((t) => t.claimStem),
    ).toContain('nafc');
  });

  it('adds nothing between two names written in full: their words already match', () => {
    const a = analyze('Prime Minister Kari Dahl spoke in Bergen.');
    const b = analyze('Prime Minister Kari Dahl arrived in Oslo.');
    expect(similarity(a, b, referenceIdf).shared.map((t) => t.claimStem)).not.toContain('pmkd');
  });
});

describe('spelling lookups through buckets and letter tests', () => {
  /** What fuse.js alone accepts: the same rules, every word scanned. */
  function plainFuse(words: string[], word: string): string[] {
    const fuse = new Fuse(words, { includeScore: true, threshold: 0.2, ignoreLocation: true });
    return fuse
      .search(word)
      .filter(
        (hit) =>
          (hit.score ?? 1) <= 0.2 &&
          hit.item !== word &&
          hit.item[0] === word[0] &&
          Math.abs(hit.item.length - word.length) <= 2,
      )
      .map((hit) => hit.item)
      .sort();
  }

  it('find exactly what scanning every word with fuse.js finds', () => {
    // A small alphabet makes near-misses common: the letter tests must never drop a real match.
    const word = fc.stringMatching(/^[aenrst]{5,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), word, (words, query) => {
        const found = closeSpellings(spellingMatcher(words), query, 1000).map((hit) => hit.item);
        expect(found.sort()).toEqual(plainFuse(words, query));
      }),
      { numRuns: 300 },
    );
  });

  it('return positions into the word list, closest first', () => {
    const words = ['peskov', 'danang', 'denang', 'dinang', 'sergey'];
    const hits = closeSpellings(spellingMatcher(words), 'danang', 3);
    expect(hits.map((hit) => words[hit.refIndex])).toEqual(hits.map((hit) => hit.item));
    expect(hits.map((hit) => hit.item)).toEqual(['denang', 'dinang']);
    expect(closeSpellings(spellingMatcher(words), 'peskow')[0]?.item).toBe('peskov');
  });

  it('give among a few words the respelling a matcher over them puts first', () => {
    const word = fc.stringMatching(/^[aenrst]{5,9}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), word, (words, query) => {
        const [first] = closeSpellings(spellingMatcher(words), query, 1);
        const found = closestSpelling(words, query);
        // Two words as close as each other may come in either order: the one found is as close.
        expect(found === null).toBe(first === undefined);
        if (found !== null && first) expect(plainFuse(words, query)).toContain(found);
      }),
      { numRuns: 300 },
    );
    expect(closestSpelling(['peskov', 'sergey', 'danang'], 'sergei')).toBe('sergey');
    expect(closestSpelling(['denang', 'dinang', 'danang'], 'danang')).toBe('denang');
    expect(closestSpelling(['moscow'], 'manila')).toBeNull();
  });
});
