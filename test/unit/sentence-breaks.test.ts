import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../lib/core/text/normalize';
import { sentenceSegments } from '../../lib/core/text/sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmented = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

/** Characters whose sentence-break class matters, and a few that do not. */
const piece = fc.constantFrom(
  'a',
  'word',
  'B',
  'Mr',
  '3',
  '.',
  '!',
  '?',
  '"',
  "'",
  '(',
  ')',
  '[',
  ' ',
  '\t',
  ',',
  '-',
  ':',
  ';',
  '\u201C',
  '\u201D',
  '\u2019',
  '\u2014',
  '\u00A0',
  '#',
  '%',
);

describe('sentenceSegments', () => {
  it('splits the seed articles exactly as Intl.Segmenter does', () => {
    let compared = 0;
    for (const file of readdirSync('seeds').filter((name) => name.endsWith('.txt'))) {
      for (const paragraph of splitParagraphs(readFileSync(`seeds/${file}`, 'utf8'))) {
        const mine = sentenceSegments(paragraph);
        if (!mine) continue;
        expect(mine).toEqual(segmented(paragraph));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it.each([
    'U.S. officials said so. Then they left.',
    'Prices rose 3.5 percent. Wages did not.',
    'He left (finally.) Then he came back.',
    'What?! No. Yes!',
    'They brought food, water, etc. and more. Then rain.',
    '\u201CWe will go.\u201D She went.',
    'It ended.\u00A0A new one began.',
    'Stop. - and go.',
    'a.B c.',
  ])('agrees with Intl.Segmenter on %j', (text) => {
    expect(sentenceSegments(text)).toEqual(segmented(text));
  });

  it('agrees with Intl.Segmenter on any text of the handled characters', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(sentenceSegments(text)).toEqual(segmented(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves other characters to the segmenter', () => {
    expect(sentenceSegments('Café owners met. They agreed.')).toBeNull();
    expect(sentenceSegments('One line.\nAnother.')).toBeNull();
  });
});
