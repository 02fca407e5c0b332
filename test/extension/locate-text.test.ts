import { describe, expect, it } from 'vitest';
import { foldCodePoint, foldText, originalSpan } from '../../lib/extension/page/fold-text';
import { locate, locateSteps, pairSimilarity } from '../../lib/extension/page/locate-text';

const SENTENCE = foldText('Mayor Alice Brandt said the harbour bridge cost 150 million dollars to build.');

describe('folding text for comparison', () => {
  it('folds what the core normalises the same way on both sides', () => {
    expect(foldText('“Don’t” — it’s ﬁne…')).toBe(foldText('"Don\'t" - it\'s fine...'));
    expect(foldText('Café')).toBe(foldText('Cafe\u0301'));
    expect(foldText('soft\u00adhyphen zero\u200bwidth')).toBe('softhyphenzerowidth');
    expect(foldCodePoint(' ')).toBe('');
  });

  it('maps folded characters back to the original text, across surrogate pairs and expansions', () => {
    const text = 'a 😀 “b” …c';
    const folded = foldText(text);
    const at = folded.indexOf('"b"');
    expect(originalSpan(text, at, at + 3)).toEqual({ start: text.indexOf('“'), end: text.indexOf('”') + 1 });
    const dots = folded.indexOf('...');
    expect(originalSpan(text, dots + 1, dots + 2)).toEqual({
      start: text.indexOf('…'),
      end: text.indexOf('…') + 1,
    });
    const emoji = folded.indexOf('😀');
    expect(originalSpan(text, emoji, emoji + 2)).toEqual({ start: 2, end: 4 });
  });
});

describe('locating a folded claim', () => {
  const page = foldText(
    'Opening words. Mayor Alice Brandt said the harbour bridge cost 150 million dollars to build. Closing words.',
  );

  it('finds exact text, preferring the place after `from`', () => {
    const twice = `${SENTENCE}between${SENTENCE}`;
    expect(locate(twice, SENTENCE)).toEqual({ start: 0, end: SENTENCE.length, by: 'exact' });
    expect(locate(twice, SENTENCE, { from: 3 })?.start).toBe(SENTENCE.length + 'between'.length);
    // Found before `from` when it is nowhere after it.
    expect(locate(page, SENTENCE, { from: page.length - 3 })?.by).toBe('exact');
  });

  it('finds a claim with a few characters more or less than the page, and scores its span', () => {
    const edited = foldText(
      'Mayor Alice Brandt said the new harbour bridge cost 150 million dollars to build.',
    );
    const found = locate(page, edited);
    expect(found?.by).toBe('fuzzy');
    const span = page.slice(found?.start, found?.end);
    expect(span.startsWith('mayoralice')).toBe(true);
    expect(pairSimilarity(span, edited)).toBeGreaterThan(0.9);
  });

  it('rejects text that only shares words with the claim', () => {
    const other = foldText(
      'The harbour ferry cost 12 dollars a ride and ran every hour until the bridge was built.',
    );
    expect(locate(page, other)).toBeNull();
  });

  it('falls back to the beginning of a claim whose end was rewritten', () => {
    const rewritten = foldText(
      'Mayor Alice Brandt said the harbour bridge cost 150 million and was worth every cent of it, he added later.',
    );
    const found = locate(page, rewritten);
    expect(found?.by === 'prefix' || found?.by === 'fuzzy').toBe(true);
    expect(page.slice(found?.start, found?.end).startsWith('mayoralicebrandt')).toBe(true);
  });

  it('is bounded: a piece found everywhere is ignored, and the search yields between pieces', () => {
    const noisy = `${'thebridge'.repeat(500)}${page}`;
    const edited = foldText(
      'Mayor Alice Brandt said the new harbour bridge cost 150 million dollars to build.',
    );
    const steps = locateSteps(noisy, edited);
    let yields = 0;
    let result = steps.next();
    for (; !result.done; result = steps.next()) yields++;
    expect(result.value?.by).toBe('fuzzy');
    expect(yields).toBeGreaterThan(1);
    expect(yields).toBeLessThanOrEqual(24);
  });

  it('answers null for an empty claim and says 1 for identical texts', () => {
    expect(locate(page, '')).toBeNull();
    expect(pairSimilarity('abc', 'abc')).toBe(1);
    expect(pairSimilarity('abcd', 'wxyz')).toBe(0);
  });
});
