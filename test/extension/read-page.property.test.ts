import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/extension/background-handlers';

/** Elements that give parsers and Readability trouble: tables, foreign content, templates, frames, forms. */
const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'table',
  'tr',
  'td',
  'svg',
  'math',
  'template',
  'iframe',
  'noscript',
  'script',
  'style',
  'a',
  'img',
  'h1',
  'ul',
  'li',
  'br',
  'pre',
  'code',
  'figure',
  'nav',
  'aside',
  'form',
  'select',
  'option',
  'picture',
  'object',
  'base',
  'meta',
  'title',
  'html',
  'body',
  'x-tag',
];
const ATTRIBUTE = fc.tuple(
  fc.constantFrom(
    'class',
    'id',
    'style',
    'hidden',
    'aria-hidden',
    'href',
    'src',
    'lang',
    'dir',
    'role',
    'itemprop',
  ),
  fc.string({ maxLength: 20 }),
);
const quoted = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 60 }),
    fc.lorem({ maxCount: 30, mode: 'sentences' }),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(ATTRIBUTE, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.boolean(),
      )
      .map(([tag, attributes, children, closed]) => {
        const attrs = attributes.map(([name, value]) => ` ${name}="${quoted(value)}"`).join('');
        return `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`;
      }),
  ),
})).node;

describe('reading a page snapshot in the background', () => {
  it('gives an article or none for any markup, and never throws', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 8 }), (parts) => {
        const html = `<!doctype html><html><head><title>T</title></head><body>${parts.join('')}</body></html>`;
        const read = readPage({ html, url: 'https://example.test/a' });
        if (read) expect(read.article.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 29 },
    );
  });
});
