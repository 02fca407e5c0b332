import type { ArticleInput } from './types';

/**
 * Pulls the article out of a document with Readability, working on a clone so the page is untouched.
 * Returns null when the document does not look like an article.
 */
export function extractArticle(_doc: Document, _url: string): ArticleInput | null {
  throw new Error('not implemented yet');
}
