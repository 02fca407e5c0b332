import type { CorpusArticle } from '../types';
import { type ReadOptions, readArticles } from './read-articles';
import { type ImportedInput, readImport } from './read-input';

export { fileExtension, shortHash, slugify } from './article-id';
export { buildCorpusFile, type CorpusMeta } from './build-corpus-file';
export { checkTextContent } from './check-content';
export { articleFromPage } from './from-page';
export { InputError } from './input-error';
export { type ReadOptions, readArticles, SUPPORTED_EXTENSIONS } from './read-articles';
export { parseCorpusFile } from './read-corpus-json';
export { type CsvTable, csvRowLabel, parseCsvTable } from './read-csv';
export { statedUrl } from './read-html';
export { checkImportSize, type ImportedInput, MAX_IMPORT_BYTES } from './read-input';
export { articleFromText } from './read-text';

/**
 * Reads one file for import into the reader's corpora: a corpus file stays whole (its id, name and dates
 * are kept); any other input gives loose articles. Throws InputError.
 */
export function readImportFile(fileName: string, content: string, options: ReadOptions): ImportedInput {
  return readImport(
    fileName,
    content,
    (name, text): CorpusArticle[] => readArticles(name, text, options),
    options,
  );
}
