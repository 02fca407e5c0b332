/** What the options page and its import worker say to each other. Structured-cloned, so plain data and Blobs. */
import type { ImportedInput } from '../../core/import/index';
import type { StoredCorpusMeta } from './stored-corpus';

/**
 * A file as handed to the worker: still to be read, or already read by the page (HTML needs the page's
 * DOMParser, which workers lack), or already refused.
 */
export type ImportSource =
  | { kind: 'file'; blob: Blob }
  | { kind: 'read'; input: ImportedInput }
  | { kind: 'failed'; message: string };

export interface ImportFile {
  name: string;
  /** Bytes. */
  size: number;
  source: ImportSource;
}

export interface ImportRequest {
  files: ImportFile[];
  /** Ids an imported corpus may not take (the bundled corpus's). */
  reservedIds: string[];
}

/** `read` counts bytes; `index` and `save` count corpora. */
export type ImportPhase = 'read' | 'index' | 'save';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  /** Statements being indexed, once known (the slow part of a large import). */
  articles?: number;
}

export type ImportOutcome =
  | { ok: true; corpora: StoredCorpusMeta[]; ms: number }
  | {
      ok: false;
      /** One line per problem, each naming its file and, where known, the line or field. */
      problems: string[];
      /** The files were good but the browser's storage is full: nothing was written. */
      storageFull?: true;
    };

export type FromImportWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome };
