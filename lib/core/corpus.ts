import type { CorpusFile, Statement } from './types';

/** Per-article facts a UI shows about a corpus. */
export interface ArticleMeta {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
  statementCount: number;
}

/** A corpus ready for matching: its statements and the index over them. */
export interface PreparedCorpus {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  articles: ArticleMeta[];
  statements: Statement[];
}

/** JSON-safe form of a prepared corpus (stored, shipped with the extension, loaded without re-indexing). */
export type SerializedCorpus = PreparedCorpus & { format: 'crosscheck.prepared'; version: 1 };

export function prepareCorpus(_file: CorpusFile): PreparedCorpus {
  throw new Error('not implemented yet');
}

export function serializeCorpus(corpus: PreparedCorpus): SerializedCorpus {
  return { format: 'crosscheck.prepared', version: 1, ...corpus };
}

export function loadCorpus(data: SerializedCorpus): PreparedCorpus {
  return data;
}
