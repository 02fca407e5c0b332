import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  articleFromPage,
  checkImportSize,
  InputError,
  MAX_IMPORT_BYTES,
  readImportFile,
} from '../../lib/core/import/index';

const options = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');

describe('readImportFile', () => {
  it('keeps a corpus file whole, with its id, name and dates', () => {
    const read = readImportFile('corpus.json', fixture('corpus.json'), options);
    expect(read.kind).toBe('corpus');
    if (read.kind === 'corpus') expect(read.corpus).toEqual(JSON.parse(fixture('corpus.json')));
  });

  it('gives loose articles for every other format, the same as readArticles', () => {
    for (const [name, count] of [
      ['articles.jsonl', 3],
      ['articles.csv', 2],
      ['article.md', 1],
      ['article.html', 1],
    ] as const) {
      const read = readImportFile(name, fixture(name), options);
      expect(read.kind, name).toBe('articles');
      if (read.kind === 'articles') expect(read.articles, name).toHaveLength(count);
    }
    const array = JSON.stringify([{ text: 'The ferry stops in April, the company said.' }]);
    expect(readImportFile('scraped.json', array, options)).toMatchObject({
      kind: 'articles',
      articles: [{ source: '' }],
    });
  });

  it('refuses a .json object that is not a corpus, and binary content, naming the file', () => {
    expect(() => readImportFile('x.json', '{"hello": 1}', options)).toThrow(
      'x.json (format): not a Crosscheck corpus file (format must be "crosscheck.corpus")',
    );
    expect(() => readImportFile('x.json', '\u0000\u0001', options)).toThrow(/x\.json: binary file/);
    expect(() => readImportFile('x.json', '[]', options)).toThrow('x.json: no articles');
  });
});

describe('checkImportSize', () => {
  it('accepts a file up to the limit and refuses a larger one with both sizes', () => {
    expect(() => checkImportSize('a.csv', MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => checkImportSize('a.csv', 61_250_000)).toThrow(
      new InputError('a.csv', null, 'is 61.3 MB, over the limit of 50 MB a file'),
    );
  });
});

describe('articleFromPage', () => {
  const page = {
    title: 'Bridge opens',
    url: 'https://news.example/2024/bridge.html',
    site: 'news.example',
    text: 'The bridge opened on Friday.\n\nIt cost 120 million dollars.',
  };

  it('keeps the page’s title, address and site as outlet, with paragraphs as the corpus wants them', () => {
    expect(articleFromPage(page)).toEqual({
      id: expect.stringMatching(/^bridge-[0-9a-f]{8}$/),
      title: 'Bridge opens',
      source: 'news.example',
      url: page.url,
      published: null,
      text: 'The bridge opened on Friday.\n\nIt cost 120 million dollars.',
    });
  });

  it('names the same page the same way, even edited, and drops an address that is not on the web', () => {
    expect(articleFromPage({ ...page, text: 'Edited text of the page.' }).id).toBe(articleFromPage(page).id);
    const local = articleFromPage({ ...page, url: 'file:///home/me/bridge.html', title: '' });
    expect(local.url).toBeNull();
    expect(local.title).toBe('The bridge opened on Friday');
    expect(() => articleFromPage({ ...page, text: '  \n ' })).toThrow(/no article text/);
  });
});
