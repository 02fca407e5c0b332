import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpusFile, parseCorpusFile } from '../../lib/core/import/index';
import type { CorpusArticle } from '../../lib/core/types';

const article = (id: string, text = 'The bridge opened on Friday.'): CorpusArticle => ({
  id,
  title: `Article ${id}`,
  source: 'Gazette',
  url: null,
  published: null,
  text,
});

describe('buildCorpusFile', () => {
  it('assembles the interchange format', () => {
    const corpus = buildCorpusFile([article('a')], {
      name: 'Harbour',
      createdAt: '2024-01-01T00:00:00.000Z',
    });
    expect(corpus).toEqual({
      format: 'crosscheck.corpus',
      version: 1,
      id: expect.stringMatching(/^harbour-[0-9a-f]{8}$/),
      name: 'Harbour',
      description: '',
      createdAt: '2024-01-01T00:00:00.000Z',
      articles: [article('a')],
    });
  });

  it('derives the same id from the same name and articles, another from others', () => {
    const id = (name: string, ids: string[]) =>
      buildCorpusFile(
        ids.map((x) => article(x)),
        { name },
      ).id;
    expect(id('Ça va: News!', ['a', 'b'])).toBe(id('Ça va: News!', ['a', 'b']));
    expect(id('Ça va: News!', ['a', 'b'])).toMatch(/^ca-va-news-/);
    expect(id('Ça va: News!', ['a', 'c'])).not.toBe(id('Ça va: News!', ['a', 'b']));
    expect(id('Новости', ['a'])).toMatch(/^corpus-[0-9a-f]{8}$/);
  });

  it('keeps a given id and stamps the current time when none is given', () => {
    const before = Date.now();
    const corpus = buildCorpusFile([article('a')], { name: 'N', id: 'mine', description: 'D' });
    expect(corpus.id).toBe('mine');
    expect(corpus.description).toBe('D');
    expect(Date.parse(corpus.createdAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses to assemble an invalid corpus', () => {
    expect(() => buildCorpusFile([article('a'), article('a')], { name: 'N' })).toThrow(
      /duplicate article id "a"/,
    );
    expect(() => buildCorpusFile([article('a', ' ')], { name: 'N' })).toThrow(
      'N (articles[0].text): must not be empty',
    );
    expect(() => buildCorpusFile([], { name: 'N' })).toThrow('has no articles');
  });
});

const nonBlank = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '');
const articleArbitrary = fc.record({
  id: nonBlank,
  title: nonBlank,
  source: fc.string({ maxLength: 20 }),
  url: fc.option(fc.webUrl({ withQueryParameters: true, withFragments: true }), { nil: null }),
  published: fc.option(
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    { nil: null },
  ),
  text: fc.array(nonBlank, { minLength: 1, maxLength: 4 }).map((paragraphs) => paragraphs.join('\n\n')),
});

describe('corpus round trip', () => {
  it('buildCorpusFile → JSON → parseCorpusFile gives the same corpus', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(articleArbitrary, { minLength: 1, maxLength: 5, selector: (a) => a.id }),
        nonBlank,
        fc.string({ maxLength: 30 }),
        (articles, name, description) => {
          const corpus = buildCorpusFile(articles, { name, description });
          expect(parseCorpusFile(JSON.stringify(corpus), 'round-trip.json')).toEqual(corpus);
        },
      ),
    );
  });
});
