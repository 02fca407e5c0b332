import type { CorpusArticle, CorpusFile } from '../types';
import { checkUniqueArticleIds, recordToArticle } from './article-record';
import { validateCorpus } from './corpus-schema';
import { InputError } from './input-error';

function parseJson(json: string, file: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new InputError(file, null, `not valid JSON${detail}`);
  }
}

/** Parses and validates a corpus file (the interchange format). Throws an InputError naming the bad field. */
export function parseCorpusFile(json: string, fileName: string): CorpusFile {
  return validateCorpus(parseJson(json, fileName), fileName);
}

/**
 * A .json input: a corpus file, or a bare array of article objects shaped like JSON Lines records
 * (what most scrapers write).
 */
export function readCorpusJson(file: string, content: string): CorpusArticle[] {
  const value = parseJson(content, file);
  if (!Array.isArray(value)) return validateCorpus(value, file).articles;
  if (value.length === 0) throw new InputError(file, null, 'no articles');
  const articles = value.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new InputError(file, `[${i}]`, 'expected an article object');
    }
    return recordToArticle(item as Record<string, unknown>, { file, where: `[${i}]`, index: i });
  });
  checkUniqueArticleIds(articles, file, (i) => `[${i}]`);
  return articles;
}
