import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/core/extract';
import { loadPageFixtures, parseDocument } from '../support/pages';

/**
 * What Readability keeps that extraction drops on purpose (see NOT_CLAIMS in extract.ts), or may: code,
 * captions, asides, footnote markers and a wiki's list of cited works (`cite_note-…` items), and links.
 */
const LEFT_OUT = 'pre, figcaption, aside, sup, li[id^="cite_note"], a';
/** Words, and each character of scripts written without spaces (a Japanese run is one sentence, not a word). */
const words = (text: string) =>
  text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];

describe('extractArticle on real saved pages', () => {
  const pages = loadPageFixtures();

  it('has fixtures to run on', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  for (const page of pages) {
    it(`${page.slug}: matches Readability's expected text and title`, () => {
      const doc = parseDocument(page.source);
      const before = doc.documentElement.outerHTML.length;
      const article = extractArticle(doc, `https://example.test/${page.slug}`);
      // The page itself is never modified: Readability runs on a clone.
      expect(doc.documentElement.outerHTML.length).toBe(before);
      const expected = parseDocument(
        `<!doctype html><html><head></head><body>${page.expectedHtml}</body></html>`,
      );
      // Code listings, captions and asides are left out on purpose, and link text is often a site's menu
      // that Readability kept (a sidebar of story links): the rest of what it kept must be there.
      const keptWords = words(expected.body.textContent ?? '').length;
      if (keptWords < 80 || page.metadata.readerable === false) return expect(article).toBeNull();
      for (const element of Array.from(expected.querySelectorAll(LEFT_OUT))) element.remove();
      const expectedWords = words(expected.body.textContent ?? '');
      expect(article).not.toBeNull();
      if (!article) return;
      // Readability's title, less an outlet suffix ("How to Build a Terrarium | eHow" → "How to Build a Terrarium").
      expect(article.title.length).toBeGreaterThan(5);
      expect(page.metadata.title.startsWith(article.title)).toBe(true);
      // Captions and credits are removed on purpose; everything else Readability kept must be there.
      const got = new Set(words(article.text));
      const found = expectedWords.filter((word) => got.has(word)).length / expectedWords.length;
      expect(found).toBeGreaterThan(0.9);
      expect(article.text).toMatch(/\n\n/);
    });
  }

  it('returns null for a page that is not an article', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i}</a></li>`);
    const doc = parseDocument(
      `<html><head><title>Home</title></head><body><ul>${links.join('')}</ul></body></html>`,
    );
    expect(extractArticle(doc, 'https://example.test/')).toBeNull();
  });

  it('passes the declared language on', () => {
    const page = pages.find((p) => p.metadata.lang && !p.metadata.lang.startsWith('en'));
    expect(page).toBeDefined();
    if (!page) return;
    const article = extractArticle(parseDocument(page.source), 'https://example.test/');
    expect(article?.lang).toBe(page.metadata.lang);
  });
});

describe('extractArticle titles', () => {
  it('drops the outlet from "Headline | Outlet"', () => {
    const body = `<article><h1>Lighthouse restored</h1>${'<p>The old lighthouse on the point was restored this spring by volunteers who spent months on it.</p>'.repeat(12)}</article>`;
    const html = `<html><head><title>Lighthouse restored | Coastal Gazette</title><meta property="og:site_name" content="Coastal Gazette"></head><body>${body}</body></html>`;
    expect(extractArticle(parseDocument(html), 'https://gazette.example/a')?.title).toBe(
      'Lighthouse restored',
    );
  });
});
