import { describe, expect, it } from 'vitest';
import { tooLargeSentence } from '../../components/report-helpers';
import { extractArticle } from '../../lib/core/extract';
import { PAGE_LIMITS, pageTooLarge } from '../../lib/core/page-limits';
import { parseDocument } from '../support/pages';

const sentence = (i: number) =>
  `Officials in district ${i} said the council approved ${i % 13} new bus routes after a long debate. `;

const page = (body: string) =>
  parseDocument(
    `<!doctype html><html lang="en"><head><title>Bus routes</title></head><body>${body}</body></html>`,
  );

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(i).repeat(2)}</p>`).join('');

const nested = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

const bodyOf = (doc: Document) => doc.body as Element;

/** linkedom takes seconds to build and query fifty thousand elements on a busy 2-core machine. */
const LARGE_DOM_TIMEOUT_MS = 30_000;

describe('pageTooLarge', () => {
  it('lets an ordinary article through', () => {
    const doc = page(`<article>${paragraphs(12)}</article>`);
    expect(pageTooLarge(bodyOf(doc))).toBeNull();
    expect(extractArticle(doc, 'https://news.example/a')).not.toBeNull();
  });

  it(
    'counts the paragraphs and elements of a page with too many, as extractArticle refuses it',
    () => {
      const doc = page(`<article>${'<p>Officials said so.</p>'.repeat(PAGE_LIMITS.elements + 10)}</article>`);
      const size = pageTooLarge(bodyOf(doc));
      // body, article and the paragraphs.
      expect(size).toEqual({
        reason: 'too-large',
        limit: 'elements',
        chars: 0,
        elements: PAGE_LIMITS.elements + 12,
        paragraphs: PAGE_LIMITS.elements + 10,
      });
      expect(extractArticle(doc, 'https://news.example/a')).toBeNull();
      expect(tooLargeSentence(size as NonNullable<typeof size>)).toBe(
        'This page is too large to check (50,010 paragraphs, 50,012 elements in all).',
      );
    },
    LARGE_DOM_TIMEOUT_MS,
  );

  it(
    'lets a page at the element limit through: the body and what it holds',
    () => {
      expect(pageTooLarge(bodyOf(page('<span>x</span>'.repeat(PAGE_LIMITS.elements - 1))))).toBeNull();
    },
    LARGE_DOM_TIMEOUT_MS,
  );

  it('finds markup nested past the depth limit, as extractArticle refuses it', () => {
    const deep = page(nested(PAGE_LIMITS.depth + 1, paragraphs(12)));
    expect(pageTooLarge(bodyOf(deep))).toMatchObject({ reason: 'too-large', limit: 'depth', paragraphs: 12 });
    expect(extractArticle(deep, 'https://news.example/a')).toBeNull();
    expect(pageTooLarge(bodyOf(page(nested(PAGE_LIMITS.depth, 'x'))))).toBeNull();
  });

  it('measures the text past the text limit, not counting inline scripts', () => {
    const huge = page(`<article><p>${sentence(1).repeat(60_000)}</p>${paragraphs(12)}</article>`);
    const size = pageTooLarge(bodyOf(huge));
    expect(size?.limit).toBe('text');
    expect(size?.chars).toBeGreaterThan(PAGE_LIMITS.chars);
    expect(extractArticle(huge, 'https://news.example/a')).toBeNull();
    const state = `<script type="application/json">${JSON.stringify({ text: 'x'.repeat(6_000_000) })}</script>`;
    expect(pageTooLarge(bodyOf(page(`<article>${paragraphs(12)}</article>${state}`)))).toBeNull();
  });
});
