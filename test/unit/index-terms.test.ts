import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { prepareCorpus } from '../../lib/core/corpus';
import { analyze } from '../../lib/core/match/analyze';
import { IndexTermReader } from '../../lib/core/match/index-terms';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The reader's terms as stems, for comparison with `analyze`. */
function readTerms(reader: IndexTermReader, vocabulary: string[], text: string) {
  reader.read(text);
  return {
    stems: new Set(reader.stems.map((id) => vocabulary[id])),
    joined: new Set(reader.joined.map((id) => vocabulary[id])),
  };
}

function newReader() {
  const vocabulary: string[] = [];
  const ids = new Map<string, number>();
  const reader = new IndexTermReader((stem) => {
    let id = ids.get(stem);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(stem);
      ids.set(stem, id);
    }
    return id;
  });
  return { reader, vocabulary };
}

function expectSameAsAnalyze(reader: IndexTermReader, vocabulary: string[], text: string) {
  const { stems, optionalStems } = analyze(text);
  const read = readTerms(reader, vocabulary, text);
  expect(read.stems).toEqual(new Set(stems));
  // Joined names that are also stems are found through the stem; the rest must all be there.
  for (const stem of optionalStems) expect(read.stems.has(stem) || read.joined.has(stem)).toBe(true);
  for (const stem of read.joined) expect(optionalStems).toContain(stem);
}

describe('index terms read chunk by chunk', () => {
  it('are the stems and joined names analyze finds, on every seed sentence', () => {
    const { reader, vocabulary } = newReader();
    const statements = prepareCorpus(buildSeedCorpusFile(SEEDS)).statements;
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements) expectSameAsAnalyze(reader, vocabulary, statement.text);
  });

  it('join short names across a space, as analyze does, and not across punctuation', () => {
    const { reader, vocabulary } = newReader();
    expect(readTerms(reader, vocabulary, 'Leaders met in Da Nang on Friday.').joined).toContain('danang');
    expect(readTerms(reader, vocabulary, 'Leaders met in Da. Nang on Friday.').joined).not.toContain(
      'danang',
    );
    expectSameAsAnalyze(reader, vocabulary, "Putin didn't meet Trump in Da Nang, the U.S. said.");
  });

  it('join no function word that opens a sentence to the name after it ("But US …")', () => {
    const { reader, vocabulary } = newReader();
    const text = 'But US agencies said so. And Da Nang agreed.';
    expect(readTerms(reader, vocabulary, text).joined).not.toContain('butus');
    expect(analyze(text).optionalStems).not.toContain('butus');
    expect(analyze(text).optionalStems).toContain('danang');
    expectSameAsAnalyze(reader, vocabulary, text);
  });

  it('agree with analyze on arbitrary text, including repeats that hit the cache', () => {
    const words = fc.constantFrom(
      'Da',
      'Nang',
      'Putin',
      "didn't",
      'U.S.',
      '3,000',
      'twelve',
      'met',
      'the',
      'Ho',
      'Chi',
      'Minh',
      '—',
      '"Yes,"',
      'Trump’s',
      'a',
    );
    // Every character a regular expression's \s matches separates chunks, Unicode spaces too.
    const separators = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      ' - ',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      '\u2028',
    );
    const text = fc
      .array(fc.tuple(words, separators), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
    const { reader, vocabulary } = newReader();
    fc.assert(
      fc.property(text, (sentence) => {
        expectSameAsAnalyze(reader, vocabulary, sentence);
      }),
      { numRuns: 300 },
    );
  });
});
