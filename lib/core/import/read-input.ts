import type { CorpusArticle, CorpusFile } from '../types';
import { fileExtension } from './article-id';
import { checkTextContent } from './check-content';
import { validateCorpus } from './corpus-schema';
import { InputError } from './input-error';
import { articlesFromJsonArray, parseJson } from './read-corpus-json';

/**
 * What one imported file holds: a whole corpus (the interchange format, whose id, name and dates are
 * kept), or loose articles that the importer gathers into a corpus of its own.
 */
export type ImportedInput =
  | { kind: 'corpus'; corpus: CorpusFile }
  | { kind: 'articles'; articles: CorpusArticle[] };

/**
 * Largest file the options page imports: 50 MB holds a few hundred thousand statements, more than the
 * evidence search is tuned for, and reading a larger file would hold that much memory twice over.
 */
export const MAX_IMPORT_BYTES = 50_000_000;

/** Decimal megabytes, as file managers and the options page show sizes. */
const megabytes = (bytes: number) => `${Number((bytes / 1_000_000).toFixed(1))} MB`;

/** Refuses a file over the limit before a byte of it is read. */
export function checkImportSize(fileName: string, bytes: number, limit = MAX_IMPORT_BYTES): void {
  if (bytes > limit) {
    throw new InputError(
      fileName,
      null,
      `is ${megabytes(bytes)}, over the limit of ${megabytes(limit)} a file`,
    );
  }
}

/**
 * Reads one file for import. A `.json` object must be a valid corpus file; every other input goes through
 * `readArticles`. Throws InputError.
 */
export function readImport(
  fileName: string,
  content: string,
  readArticles: (fileName: string, content: string) => CorpusArticle[],
  { decodedStrictly = false }: { decodedStrictly?: boolean } = {},
): ImportedInput {
  if (fileExtension(fileName) !== 'json')
    return { kind: 'articles', articles: readArticles(fileName, content) };
  const value = parseJson(checkTextContent(fileName, content, { decodedStrictly }), fileName);
  if (Array.isArray(value)) return { kind: 'articles', articles: articlesFromJsonArray(fileName, value) };
  return { kind: 'corpus', corpus: validateCorpus(value, fileName) };
}
