import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/core/extract';
import { unsupportedLanguage } from '../../lib/core/text/language';
import { loadPageFixtures, parseDocument } from '../support/pages';

const pages = loadPageFixtures();

/** The article of a saved page, with its declared language removed when `undeclared`. */
function articleOf(slug: string, undeclared = false) {
  const page = pages.find((p) => p.slug === slug);
  expect(page, `fixture ${slug}`).toBeDefined();
  const doc = parseDocument(page?.source ?? '');
  if (undeclared) doc.documentElement.removeAttribute('lang');
  const article = extractArticle(doc, `https://example.test/${slug}`);
  expect(article).not.toBeNull();
  return article as NonNullable<typeof article>;
}

describe('unsupportedLanguage on real pages', () => {
  it('reads English news pages, declared or not', () => {
    for (const slug of ['nytimes-1', 'seattletimes-1', 'ars-1', 'buzzfeed-1']) {
      expect(unsupportedLanguage(articleOf(slug)), slug).toBeNull();
      expect(unsupportedLanguage(articleOf(slug, true)), `${slug} without lang`).toBeNull();
    }
  });

  it('turns down a page that declares another language', () => {
    expect(unsupportedLanguage(articleOf('lemonde-1'))?.reason).toContain('(fr)');
    expect(unsupportedLanguage(articleOf('aktualne'))?.reason).toContain('(cs)');
  });

  it('turns down pages in other languages that declare none: Spanish, French, Czech, Japanese', () => {
    for (const slug of ['la-nacion', 'lemonde-1', 'aktualne', 'hukumusume']) {
      expect(unsupportedLanguage(articleOf(slug, true)), slug).not.toBeNull();
    }
  });
});
