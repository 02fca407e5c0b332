import type { CorpusArticle, CorpusFile } from '../types';

/** Bad input: names the file and, where known, the line or field. `message` is one line a reader can act on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(`${file}${where ? ` (${where})` : ''}: ${problem}`);
    this.name = 'InputError';
  }
}

export interface ReadOptions {
  /** Parses HTML into a Document (linkedom in Node, DOMParser in the browser): lib/core has no DOM of its own. */
  parseHtml: (html: string) => Document;
}

/** Reads one input file (corpus JSON, JSON Lines, CSV, text, Markdown, HTML) into articles. Throws InputError. */
export function readArticles(_fileName: string, _content: string, _options: ReadOptions): CorpusArticle[] {
  throw new Error('not implemented yet');
}

/** Assembles articles into a corpus file. */
export function buildCorpusFile(
  _articles: CorpusArticle[],
  _meta: { id?: string; name: string; description?: string; createdAt?: string },
): CorpusFile {
  throw new Error('not implemented yet');
}
