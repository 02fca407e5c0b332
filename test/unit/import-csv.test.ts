import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../lib/core/import/index';

const options = { parseHtml: (): Document => ({}) as Document };
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');
const read = (content: string) => readArticles('table.csv', content, options);

describe('CSV', () => {
  it('reads quoted fields with commas and line breaks', () => {
    const articles = readArticles('articles.csv', fixture('articles.csv'), options);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Market hall reopens',
      source: 'Coastal Gazette',
      url: 'https://gazette.example/market',
      published: '2024-01-20',
      text: 'The market hall reopened on Saturday, three months after the fire.\n\nTraders said sales were back to normal.',
    });
    expect(articles[1]).toMatchObject({ source: 'Harbour Herald', url: null, published: null });
    expect(articles[1]?.title).toBe('The fire in the market hall started in a bakery, investigators said');
  });

  it('accepts an articleBody column, as FNC-1 bodies have', () => {
    const [article] = readArticles('fnc-style.csv', fixture('fnc-style.csv'), options);
    expect(article?.text).toBe(
      'A man claimed he saw a shark in the harbour. Officials said there was no shark.',
    );
  });

  it('matches known headers without regard to case', () => {
    const [article] = read('Title,Text,URL\nHello,World.,https://a.example/x\n');
    expect(article).toMatchObject({ title: 'Hello', text: 'World.', url: 'https://a.example/x' });
  });

  it('names the header or the row that is wrong', () => {
    expect(() => read('title,body\nA,B\n')).toThrow(
      'table.csv (header): needs a "text" or "articleBody" column',
    );
    expect(() => read('title,text\nA,ok\nB,\n')).toThrow('table.csv (row 3): text: is empty');
    expect(() => read('text,url\nok,not a url\n')).toThrow(
      'table.csv (row 2): url: must be an http(s) address',
    );
    expect(() => read('id,text\n1,a\n2,b\n1,c\n')).toThrow(
      'table.csv (row 4): duplicate article id "1" (first at row 2)',
    );
    expect(() => read('title,text\n"A,ok\n')).toThrow(/^table\.csv \(row 2\): /);
    expect(() => read('title,text\n')).toThrow('table.csv: no rows after the header');
  });
});
