import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../lib/core/claims/split-claims';
import { splitParagraphs } from '../../lib/core/text/normalize';
import { splitSentences } from '../../lib/core/text/split-sentences';
import { tokenize } from '../../lib/core/text/tokenize';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Text built from the pieces that trouble splitters: abbreviations, quotes, decimals, odd spacing. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Mr.',
        'U.S.',
        'Gen.',
        'Jan.',
        '3.5',
        '“',
        '”',
        '"',
        '?',
        '!',
        '.',
        '. ',
        '\n',
        '\n\n',
        ' — ',
        "n't",
      ),
      fc.string({ maxLength: 12 }),
      fc.lorem({ maxCount: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('sentence and claim splitting, on any input', () => {
  it('splitSentences loses and adds no characters but white space', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(squeeze(splitSentences(text).join(' '))).toBe(squeeze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('splitParagraphs keeps every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(squeeze(splitParagraphs(text).join(''))).toBe(squeeze(text.replace(/\r/g, '')));
      }),
      { numRuns: 300 },
    );
  });

  it('splitClaims and tokenize never throw, and claims are non-empty with sequential ids', () => {
    fc.assert(
      fc.property(
        fc.oneof(newsish, fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        (text) => {
          const claims = splitClaims(text);
          claims.forEach((claim, i) => {
            expect(claim.id).toBe(`c${i + 1}`);
            expect(claim.text.trim()).not.toBe('');
          });
          for (const token of tokenize(text)) expect(token.end).toBeGreaterThan(token.start);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tokens of words that are also object properties', () => {
  it('gives "constructor", "toString" and "__proto__" no numeric value', () => {
    for (const token of tokenize('The constructor said toString and __proto__ were valueOf nothing.')) {
      expect(token.value).toBeNull();
    }
  });
});
