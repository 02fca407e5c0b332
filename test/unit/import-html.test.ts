import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../lib/core/import/index';

const options = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');

describe('HTML', () => {
  it('extracts the article with its stated address, outlet and date', () => {
    const [article, ...rest] = readArticles('article.html', fixture('article.html'), options);
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      title: 'Lighthouse restored after storm',
      source: 'Coastal Gazette',
      url: 'https://gazette.example/lighthouse-restored',
      published: '2024-04-05T08:00:00Z',
    });
    const paragraphs = article?.text.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The old lighthouse on the north pier was switched back on/);
    expect(article?.text).not.toMatch(/Home|Privacy/);
  });

  it('leaves the URL empty when the page does not state a web address', () => {
    const html = fixture('article.html').replace(/<link rel="canonical"[^>]*>/, '');
    const [article] = readArticles('saved.htm', html, options);
    expect(article?.url).toBeNull();
  });

  it('says so when the page holds no article', () => {
    expect(() => readArticles('not-article.html', fixture('not-article.html'), options)).toThrow(
      'not-article.html: no article found in this page',
    );
  });
});
