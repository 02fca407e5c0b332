import type { PreparedCorpus } from './corpus';
import { normalizeText } from './text/normalize';
import type { ExcludedArticle } from './types';

/** Word n-grams compared between page and corpus: long enough that shared quotes alone rarely add up. */
const SHINGLE = 5;
/** A statement is "in the page" when this share of its shingles is. Allows light edits (a near copy). */
const STATEMENT_IN_PAGE = 0.6;
/** A corpus article is the page itself when this share of its statements is in the page. */
const ARTICLE_IS_PAGE = 0.5;

function words(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingles(list: string[]): string[] {
  if (list.length < SHINGLE) return list.length ? [list.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= list.length; i++) out.push(list.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * The corpus articles that are the article being read, or a near copy of it: they are left out as evidence,
 * since an article cannot confirm itself. Returns them with the share of their statements found in the page.
 */
export function findSelf(pageText: string, corpora: PreparedCorpus[]): ExcludedArticle[] {
  const pageWords = words(pageText);
  const page = new Set(shingles(pageWords));
  // Short statements are compared whole, so also index the page's shorter runs by joining every window.
  const pageJoined = ` ${pageWords.join(' ')} `;
  const excluded: ExcludedArticle[] = [];
  for (const corpus of corpora) {
    const inPage = new Uint32Array(corpus.articles.length);
    corpus.statements.forEach((statement, i) => {
      const list = words(statement.text);
      const grams = shingles(list);
      if (grams.length === 0) return;
      const found =
        list.length < SHINGLE
          ? pageJoined.includes(` ${grams[0]} `)
            ? 1
            : 0
          : grams.filter((g) => page.has(g)).length;
      if (found / grams.length >= STATEMENT_IN_PAGE) {
        const article = corpus.statementArticle[i] ?? 0;
        inPage[article] = (inPage[article] ?? 0) + 1;
      }
    });
    corpus.articles.forEach((article, i) => {
      const overlap = article.statementCount ? (inPage[i] ?? 0) / article.statementCount : 0;
      if (overlap >= ARTICLE_IS_PAGE) {
        excluded.push({
          corpusId: corpus.id,
          articleId: article.id,
          title: article.title,
          source: article.source,
          overlap,
        });
      }
    });
  }
  return excluded;
}
