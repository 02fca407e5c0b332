import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../lib/core/import/index';

const options = { parseHtml: (): Document => ({}) as Document };
const fixture = readFileSync(new URL('../fixtures/inputs/articles.jsonl', import.meta.url), 'utf8');
const read = (content: string) => readArticles('feed.jsonl', content, options);

describe('JSON Lines', () => {
  it('reads one article a line, skipping blank lines', () => {
    const articles = readArticles('articles.jsonl', fixture, options);
    expect(articles).toHaveLength(3);
    expect(articles[0]).toEqual({
      id: 'ferry-1',
      title: 'Ferry service cut',
      source: 'Coastal Gazette',
      url: 'https://gazette.example/ferry',
      published: '2024-02-10',
      text: 'The morning ferry will stop running in April.\n\nPassengers were told by letter.',
    });
  });

  it('fills what the data leaves out without inventing a URL', () => {
    const [, second, third] = readArticles('articles.jsonl', fixture, options);
    expect(second?.title).toBe('Ferry passengers protested outside the harbour office on Saturday');
    expect(second?.published).toBe('2024-02-12');
    expect(second?.source).toBe('');
    expect(second?.url).toBeNull();
    expect(third?.url).toBeNull();
    expect(third?.text).toBe(
      'The ferry operator said the cut was temporary.\n\nIt blamed a shortage of crew.',
    );
  });

  it('names the line of a bad record', () => {
    expect(() => read('{"text": "a"}\n\n[1]')).toThrow('feed.jsonl (line 3): expected an article object');
    expect(() => read('{"text": "a"}\n{"title": "b"}')).toThrow(
      'feed.jsonl (line 2): no "text" or "articleBody" field',
    );
    expect(() => read('{"text": ""}')).toThrow('feed.jsonl (line 1): text: is empty');
    expect(() => read('{"text": 5}')).toThrow('feed.jsonl (line 1): text: must be a string');
    expect(() => read('{"text": "a", "url": "ftp://x"}')).toThrow(
      'feed.jsonl (line 1): url: must be an http(s)',
    );
    expect(() => read('{"text": "a", "published": "soon"}')).toThrow(
      'feed.jsonl (line 1): published: "soon" is not a date',
    );
    expect(() => read('{"text": "a", "title": ["x"]}')).toThrow(
      'feed.jsonl (line 1): title: must be a string',
    );
  });

  it('rejects an id used twice, naming both lines', () => {
    expect(() => read('{"id": "x", "text": "a"}\n\n{"id": "x", "text": "b"}')).toThrow(
      'feed.jsonl (line 3): duplicate article id "x" (first at line 1)',
    );
  });
});
