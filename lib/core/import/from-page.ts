import type { ArticleInput, CorpusArticle } from '../types';
import { articleId } from './article-id';
import { isWebUrl } from './dates-and-urls';
import { deriveTitle } from './derive-title';
import { InputError } from './input-error';
import { splitParagraphs } from './paragraphs';

/**
 * A page the reader is reading, as a corpus article ("Add this page to a corpus"). The address names
 * it, so the same page added twice gets the same id; its outlet is the site it came from.
 */
export function articleFromPage(page: ArticleInput): CorpusArticle {
  const paragraphs = splitParagraphs(page.text, false);
  const where = page.url || page.title || 'this page';
  if (paragraphs.length === 0) throw new InputError(where, null, 'no article text on this page');
  const text = paragraphs.join('\n\n');
  const url = isWebUrl(page.url) ? page.url : null;
  return {
    id: articleId(url ?? page.title, 0, url ?? text),
    title: page.title.trim() || deriveTitle(paragraphs),
    source: page.site.trim(),
    url,
    published: null,
    text,
  };
}
