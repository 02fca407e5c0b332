import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../lib/core/import/index';

const noHtml = {
  parseHtml: (): Document => {
    throw new Error('text files never parse HTML');
  },
};
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/inputs/${name}`, import.meta.url), 'utf8');
const readOne = (name: string, content: string) => {
  const articles = readArticles(name, content, noHtml);
  expect(articles).toHaveLength(1);
  return articles[0] as NonNullable<(typeof articles)[0]>;
};

describe('plain text', () => {
  it('reads the CNN seed as one article titled from its story highlights, paragraphs kept', () => {
    const content = seed('000_0c6ca5ae3a502843.txt');
    const article = readOne('000_0c6ca5ae3a502843.txt', content);
    expect(article.title).toBe('Trump and Putin will not formally meet in Vietnam, the White House said');
    expect(article.url).toBeNull();
    expect(article.published).toBeNull();
    const sourceParagraphs = content.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    expect(article.text.split('\n\n')).toHaveLength(sourceParagraphs.length);
    expect(article.text).toContain(
      'The chat, while brief, looked friendly, with both leaders speaking with their hands.',
    );
  });

  it('reads a file without blank lines as one paragraph per line', () => {
    const content = seed('002_d828683899feb258.txt');
    const article = readOne('002_d828683899feb258.txt', content);
    const lines = content.split('\n').filter((line) => line.trim() !== '');
    expect(article.text.split('\n\n')).toHaveLength(lines.length);
    // Its first line is a long lede, so the title is its first sentence cut short.
    expect(article.title).toMatch(/^The Kremlin released a statement Saturday, .*…$/);
    expect(article.title.split(' ').length).toBeLessThanOrEqual(13);
  });

  it('joins wrapped lines within a paragraph and collapses whitespace', () => {
    const article = readOne(
      'a.txt',
      'Harbour news\r\n\r\nThe bridge   opened\r\non Friday.\n\n\n\nIt cost\u00a0a lot.\n',
    );
    expect(article.text).toBe('Harbour news\n\nThe bridge opened on Friday.\n\nIt cost a lot.');
    expect(article.title).toBe('Harbour news');
  });

  it('skips boilerplate and datelines when looking for a title', () => {
    const article = readOne(
      'b.txt',
      'Advertisement\n\nBy Jane Smith\n\nLONDON —\n\nFerries resume after strike\n\nBody.',
    );
    expect(article.title).toBe('Ferries resume after strike');
  });

  it('takes a short first sentence whole, without its full stop', () => {
    const article = readOne(
      'c.txt',
      'The ferry is late again. Passengers waited for two hours at the pier on Monday.',
    );
    expect(article.title).toBe('The ferry is late again');
  });

  it('gives stable ids that differ between files and between texts', () => {
    const one = readOne('one.txt', 'Same text.');
    expect(readOne('one.txt', 'Same text.').id).toBe(one.id);
    expect(readOne('two.txt', 'Same text.').id).not.toBe(one.id);
    expect(readOne('one.txt', 'Other text.').id).not.toBe(one.id);
    expect(one.id).toMatch(/^one-[0-9a-f]{8}$/);
  });
});

describe('Markdown', () => {
  it('takes the opening heading as title and strips the syntax lightly', () => {
    const article = readOne('article.md', fixture('article.md'));
    expect(article.title).toBe('Council approves harbour budget');
    expect(article.text.split('\n\n')).toEqual([
      'The city council approved the harbour budget on Tuesday, by 9 votes to 2.',
      'Key decisions:',
      'The ferry subsidy stays at 2 million dollars.',
      'Dredging starts in May.',
      '"This is a good day for the harbour," the mayor said.',
    ]);
  });

  it('prefers a front-matter title and leaves snake_case and arithmetic alone', () => {
    const article = readOne(
      'n.md',
      '---\ntitle: "Port budget"\n---\nThe file_name stays, 2 * 3 * 4 = 24.\nSecond line.',
    );
    expect(article.title).toBe('Port budget');
    expect(article.text).toBe('The file_name stays, 2 * 3 * 4 = 24.\n\nSecond line.');
  });
});
