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

/** A corpus statement that may be one of the page's own sentences: the best candidates of the page's claims. */
export interface SelfCandidate {
  corpus: PreparedCorpus;
  statement: number;
}

/**
 * The corpus articles that are the article being read, or a near copy of it: they are left out as evidence,
 * since an article cannot confirm itself. Only statements the index already found for the page's claims are
 * tested, so this costs nothing like a scan of the corpus. Returns each with the share of its statements
 * found in the page.
 */
export function findSelf(pageText: string, candidates: readonly SelfCandidate[]): ExcludedArticle[] {
  const pageWords = words(pageText);
  const page = new Set(shingles(pageWords));
  const pageJoined = ` ${pageWords.join(' ')} `;
  const inPage = new Map<PreparedCorpus, Map<number, Set<number>>>();
  for (const { corpus, statement } of candidates) {
    const list = words(corpus.statements[statement]?.text ?? '');
    const grams = shingles(list);
    if (grams.length === 0) continue;
    const found =
      list.length < SHINGLE
        ? pageJoined.includes(` ${grams[0]} `)
          ? 1
          : 0
        : grams.filter((g) => page.has(g)).length;
    if (found / grams.length < STATEMENT_IN_PAGE) continue;
    const article = corpus.statementArticle[statement] ?? 0;
    const byArticle = inPage.get(corpus) ?? new Map<number, Set<number>>();
    inPage.set(corpus, byArticle);
    byArticle.set(article, (byArticle.get(article) ?? new Set()).add(statement));
  }
  const excluded: ExcludedArticle[] = [];
  for (const [corpus, byArticle] of inPage) {
    for (const [index, statements] of byArticle) {
      const article = corpus.articles[index];
      const overlap = article?.statementCount ? statements.size / article.statementCount : 0;
      if (article && overlap >= ARTICLE_IS_PAGE) {
        excluded.push({
          corpusId: corpus.id,
          articleId: article.id,
          title: article.title,
          source: article.source,
          overlap,
        });
      }
    }
  }
  return excluded;
}
