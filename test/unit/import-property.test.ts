import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { InputError, readArticles, SUPPORTED_EXTENSIONS } from '../../lib/core/import';

const options = { parseHtml: (html: string) => parseHTML(html).document as unknown as Document };

/** Pieces of every format the readers know, so that random files get past the first check now and then. */
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '{',
    '}',
    '[',
    ']',
    '"',
    ',',
    ':',
    '\n',
    '\r\n',
    '\n\n',
    '\u0000',
    '\uFEFF',
    '"text":',
    '"articles":',
    '"format":"crosscheck.corpus"',
    '"version":1',
    'null',
    '__proto__',
    'text,title,url\n',
    'articleBody\n',
    '<p>',
    '</p>',
    '<script>',
    '<img src=x onerror=alert(1)>',
    '# ',
    '---\n',
    'javascript:alert(1)',
  ),
  fc.json({ maxDepth: 3 }),
  fc.lorem({ maxCount: 8 }),
);
const content = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
const extension = fc.constantFrom(...SUPPORTED_EXTENSIONS, '', '.exe', '.JSON', '.constructor');

describe('readArticles on any file', () => {
  it('returns articles or throws InputError, never anything else', () => {
    fc.assert(
      fc.property(extension, content, (ext, text) => {
        try {
          const articles = readArticles(`input${ext}`, text, options);
          expect(Array.isArray(articles)).toBe(true);
          for (const article of articles) expect(typeof article.text).toBe('string');
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 600 },
    );
  });

  it('returns articles or throws InputError for every format on well-formed but odd JSON', () => {
    const record = fc.dictionary(
      fc.constantFrom('id', 'text', 'articleBody', 'title', 'source', 'url', 'published', '__proto__', 'x'),
      fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.boolean(), fc.json()),
    );
    const corpus = fc.record({
      format: fc.constantFrom('crosscheck.corpus', 'other'),
      version: fc.constantFrom(1, 2, '1'),
      id: fc.string({ maxLength: 10 }),
      name: fc.string({ maxLength: 10 }),
      articles: fc.array(record, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.oneof(corpus, fc.array(record, { maxLength: 4 })), (value) => {
        const lines = (Array.isArray(value) ? value : [value]).map((item) => JSON.stringify(item));
        const files: [string, string][] = [
          ['input.json', JSON.stringify(value)],
          ['input.jsonl', lines.join('\n')],
        ];
        for (const [name, text] of files) {
          try {
            readArticles(name, text, options);
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
