import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError, parseCorpusFile, readArticles } from '../../lib/core/import/index';

const options = { parseHtml: (): Document => ({}) as Document };
const valid = readFileSync(new URL('../fixtures/inputs/corpus.json', import.meta.url), 'utf8');

/** The fixture corpus with one change made to its parsed form. */
function variant(
  change: (corpus: Record<string, unknown> & { articles: Record<string, unknown>[] }) => void,
) {
  const corpus = JSON.parse(valid);
  change(corpus);
  return JSON.stringify(corpus);
}

function problemOf(json: string): InputError {
  try {
    parseCorpusFile(json, 'corpus.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('accepted');
}

describe('corpus JSON', () => {
  it('reads a valid corpus file', () => {
    const corpus = parseCorpusFile(valid, 'corpus.json');
    expect(corpus.name).toBe('Harbour reports');
    expect(corpus.articles.map((article) => article.id)).toEqual(['bridge-opens', 'bridge-delayed']);
    expect(readArticles('corpus.json', valid, options)).toEqual(corpus.articles);
  });

  it('names the missing or mistyped field', () => {
    const missing = problemOf(variant((c) => delete c.articles[1]?.text));
    expect([missing.file, missing.where, missing.problem]).toEqual([
      'corpus.json',
      'articles[1].text',
      'is missing',
    ]);
    const mistyped = problemOf(variant((c) => Object.assign(c.articles[0] ?? {}, { source: 7 })));
    expect(mistyped.where).toBe('articles[0].source');
    expect(problemOf(variant((c) => delete c.name)).where).toBe('name');
  });

  it('rejects empty texts, duplicate ids and non-web URLs', () => {
    expect(problemOf(variant((c) => Object.assign(c.articles[1] ?? {}, { text: '  \n ' }))).message).toBe(
      'corpus.json (articles[1].text): must not be empty',
    );
    const duplicate = problemOf(variant((c) => Object.assign(c.articles[1] ?? {}, { id: 'bridge-opens' })));
    expect(duplicate.where).toBe('articles[1].id');
    expect(duplicate.problem).toMatch(/duplicate article id "bridge-opens"/);
    const script = problemOf(
      variant((c) => Object.assign(c.articles[0] ?? {}, { url: 'javascript:alert(1)' })),
    );
    expect(script.where).toBe('articles[0].url');
  });

  it('rejects dates that are not ISO dates', () => {
    expect(
      problemOf(variant((c) => Object.assign(c.articles[0] ?? {}, { published: 'last Friday' }))).where,
    ).toBe('articles[0].published');
    expect(problemOf(variant((c) => Object.assign(c, { createdAt: '2024-13-45' }))).where).toBe('createdAt');
  });

  it('says plainly when a file is not a corpus at all', () => {
    expect(problemOf('{"hello": 1}').message).toMatch(/not a Crosscheck corpus file/);
    expect(problemOf('[1, 2]').message).toMatch(/not a Crosscheck corpus file/);
    expect(problemOf('{"format": "crosscheck.corpus",').message).toMatch(/^corpus\.json: not valid JSON/);
    expect(problemOf(variant((c) => Object.assign(c, { version: 2 }))).message).toMatch(
      /unsupported corpus version 2/,
    );
    expect(problemOf(variant((c) => Object.assign(c, { articles: [] }))).problem).toBe('has no articles');
  });

  it('accepts a missing description as empty', () => {
    expect(
      parseCorpusFile(
        variant((c) => delete c.description),
        'corpus.json',
      ).description,
    ).toBe('');
  });

  it('also imports a bare array of article records', () => {
    const json = JSON.stringify([
      { text: 'One.', title: 'First' },
      { articleBody: 'Two.', url: null },
    ]);
    const articles = readArticles('scrape.json', json, options);
    expect(articles.map((article) => article.title)).toEqual(['First', 'Two']);
    expect(() => readArticles('scrape.json', '[{"title": "no text"}]', options)).toThrow(
      'scrape.json ([0]): no "text" or "articleBody" field',
    );
  });
});
