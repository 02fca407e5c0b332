import type { CorpusArticle } from '../types';
import { checkUniqueArticleIds, recordToArticle } from './article-record';
import { InputError } from './input-error';

/** JSON Lines: one article object a line; blank lines are skipped. Errors name the line (1-based). */
export function readJsonLines(file: string, content: string): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  const lineOf: number[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(file, where, 'not valid JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(file, where, 'expected an article object');
    }
    articles.push(recordToArticle(value as Record<string, unknown>, { file, where, index: articles.length }));
    lineOf.push(i + 1);
  });
  checkUniqueArticleIds(articles, file, (i) => `line ${lineOf[i]}`);
  return articles;
}
