import type { CorpusArticle, CorpusFile } from '../types';
import { checkUniqueArticleIds, recordToArticle } from './article-record';
import { validateCorpus } from './corpus-schema';
import { InputError } from './input-error';
import { locateJsonError } from './json-error';

/** Parses JSON; a syntax error names its line and column, and what was expected there. */
export function parseJson(json: string, file: string): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const place = locateJsonError(json);
    // The place goes in the sentence, not in `where`: "file: not valid JSON" stays the message's start.
    const at = place ? ` at line ${place.line}, column ${place.column} (expected ${place.expected})` : '';
    throw new InputError(file, null, `not valid JSON${at}`);
  }
}

/** Parses and validates a corpus file (the interchange format). Throws an InputError naming the bad field. */
export function parseCorpusFile(json: string, fileName: string): CorpusFile {
  return validateCorpus(parseJson(json, fileName), fileName);
}

/** A bare array of article objects shaped like JSON Lines records (what most scrapers write). */
export function articlesFromJsonArray(file: string, value: unknown[]): CorpusArticle[] {
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

/** A .json input: a corpus file, or a bare array of article objects. */
export function readCorpusJson(file: string, content: string): CorpusArticle[] {
  const value = parseJson(content, file);
  return Array.isArray(value) ? articlesFromJsonArray(file, value) : validateCorpus(value, file).articles;
}
