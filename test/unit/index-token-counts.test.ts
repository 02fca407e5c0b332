import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { textSentences } from '../../lib/core/claims/split-claims';
import { contentTokens, tokenCounts, tokenize } from '../../lib/core/text/tokenize';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The counts the claim filter used to take from full tokens. */
function fromTokens(text: string) {
  const tokens = tokenize(text);
  return { tokens: tokens.length, content: contentTokens(tokens).length };
}

describe('token counts for the claim filter', () => {
  it('equal what tokenize and contentTokens give, on every seed sentence', () => {
    const corpus = buildSeedCorpusFile(SEEDS);
    const sentences = corpus.articles.flatMap((article) => textSentences(article.text).map((s) => s.text));
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) expect(tokenCounts(sentence)).toEqual(fromTokens(sentence));
  });

  it('count content words only up to what the caller needs, every token still', () => {
    const corpus = buildSeedCorpusFile(SEEDS);
    const sentences = corpus.articles.flatMap((article) => textSentences(article.text).map((s) => s.text));
    for (const sentence of [...sentences, "Putin didn't meet Trump, and he CAN'T and won't, they said."]) {
      const full = fromTokens(sentence);
      expect(tokenCounts(sentence, 3)).toEqual({ tokens: full.tokens, content: Math.min(3, full.content) });
    }
  });

  it('equal them on the news fixtures, contractions, acronyms, lone letters and numbers included', () => {
    const page = readFileSync(new URL('../fixtures/news/cnn-seed.html', import.meta.url), 'utf8');
    for (const text of [
      page,
      "Putin didn't meet Trump, and he CAN'T and won't, the U.S. and U.N. said.",
      'A 5 I x 3,000 twelve one a.m. e.g. Trump’s',
    ]) {
      expect(tokenCounts(text)).toEqual(fromTokens(text));
    }
  });

  it('equal them on arbitrary text', () => {
    const words = fc.constantFrom(
      "didn't",
      "Wasn't",
      "ca n't",
      "can't",
      "WON'T",
      'U.S.',
      'a.m.',
      '3,000',
      '2.5',
      'twelve',
      'the',
      'a',
      'I',
      '7',
      'Nang',
      'é',
      "o'clock",
      '"Yes,"',
    );
    const text = fc
      .array(fc.tuple(words, fc.constantFrom(' ', '. ', ', ', '\n')), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
    fc.assert(
      fc.property(text, (sentence) => {
        expect(tokenCounts(sentence)).toEqual(fromTokens(sentence));
      }),
      { numRuns: 300 },
    );
  });
});
