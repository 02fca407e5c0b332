import type { CorpusArticle } from '../types';
import { fileExtension } from './article-id';
import { checkTextContent } from './check-content';
import { InputError } from './input-error';
import { readCorpusJson } from './read-corpus-json';
import { readCsv } from './read-csv';
import { readHtml } from './read-html';
import { readJsonLines } from './read-jsonl';
import { readMarkdown, readPlainText } from './read-text';

export interface ReadOptions {
  /** Parses HTML into a Document (linkedom in Node, DOMParser in the browser): lib/core has no DOM of its own. */
  parseHtml: (html: string) => Document;
  /** The content was decoded as strict UTF-8 from the file's bytes (see checkTextContent). */
  decodedStrictly?: boolean;
}

type Reader = (file: string, content: string, options: ReadOptions) => CorpusArticle[];

const readHtmlFile: Reader = (file, content, options) => readHtml(file, content, options.parseHtml);

/** A Map, not an object: a file named "x.constructor" must not find Object.prototype's. */
const READERS = new Map<string, Reader>([
  ['json', readCorpusJson],
  ['jsonl', readJsonLines],
  ['ndjson', readJsonLines],
  ['csv', readCsv],
  ['txt', readPlainText],
  ['text', readPlainText],
  ['md', readMarkdown],
  ['markdown', readMarkdown],
  ['html', readHtmlFile],
  ['htm', readHtmlFile],
]);

/** File extensions readArticles understands, for help texts and file pickers. */
export const SUPPORTED_EXTENSIONS = [...READERS.keys()].map((extension) => `.${extension}`);

/** Reads one input file (corpus JSON, JSON Lines, CSV, text, Markdown, HTML) into articles. Throws InputError. */
export function readArticles(fileName: string, content: string, options: ReadOptions): CorpusArticle[] {
  const extension = fileExtension(fileName);
  const reader = READERS.get(extension);
  if (!reader) {
    const found = extension ? `.${extension}` : 'a file without an extension';
    throw new InputError(
      fileName,
      null,
      `unsupported file type: ${found} (expected .txt, .md, .html, .json, .jsonl or .csv)`,
    );
  }
  return reader(fileName, checkTextContent(fileName, content, options), options);
}
