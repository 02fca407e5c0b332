import { extractArticle } from '../extract';
import type { CorpusArticle } from '../types';
import { articleId } from './article-id';
import { isWebUrl, toIsoDate } from './dates-and-urls';
import { deriveTitle } from './derive-title';
import { InputError } from './input-error';
import { splitParagraphs } from './paragraphs';

/** Where pages state their own address, in order of trust. */
const URL_SELECTORS = ['link[rel="canonical"]', 'meta[property="og:url"]'];
/** Where pages state their publication date, in order of trust. */
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="date"]',
  'meta[itemprop="datePublished"]',
  'time[datetime]',
];

function firstAttribute(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const value =
      element?.getAttribute('href') ?? element?.getAttribute('content') ?? element?.getAttribute('datetime');
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** The page's own address, only when it states an absolute web address: a saved file has no other. */
export function statedUrl(doc: Document): string | null {
  const url = firstAttribute(doc, URL_SELECTORS);
  return url !== null && isWebUrl(url) ? url : null;
}

/** "Headline | Outlet" → "Headline": the outlet is already the article's source. */
function withoutSiteName(title: string, site: string): string {
  if (!site) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '').trim() || title;
}

/** An HTML file is one article, pulled out by Readability; a page that is not an article is an error. */
export function readHtml(
  file: string,
  content: string,
  parseHtml: (html: string) => Document,
): CorpusArticle[] {
  const doc = parseHtml(content);
  const url = statedUrl(doc);
  const article = extractArticle(doc, url ?? '');
  if (!article) throw new InputError(file, null, 'no article found in this page');
  const paragraphs = splitParagraphs(article.text, false);
  if (paragraphs.length === 0) throw new InputError(file, null, 'no article text found in this page');
  const text = paragraphs.join('\n\n');
  const published = firstAttribute(doc, DATE_SELECTORS);
  return [
    {
      id: articleId(file, 0, text),
      title: withoutSiteName(article.title.trim(), article.site.trim()) || deriveTitle(paragraphs),
      source: article.site.trim(),
      url,
      published: published === null ? null : toIsoDate(published),
      text,
    },
  ];
}
