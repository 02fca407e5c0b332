/**
 * Where the reader's corpora are kept. The interface is the seam: IndexedDB in the extension
 * (`idb-corpus-store.ts`), a Map in the Node tests. Every write that touches several records is one
 * transaction, so a failed import or a closed page leaves the corpora as they were.
 */
import type { SerializedCorpus } from '../../core/corpus';
import { InputError } from '../../core/import/index';
import type { CorpusFile } from '../../core/types';
import type { StoredCorpus, StoredCorpusMeta } from './stored-corpus';

export interface AddOptions {
  /** Ids no stored corpus may take (the bundled corpus's). */
  reservedIds?: readonly string[];
  /** Replace a live corpus of the same id instead of refusing (appending a page rewrites its corpus). */
  replace?: boolean;
  /**
   * With `replace`: the revision the writer read. The write goes through only if the stored corpus is still
   * live at that revision, checked inside the writing transaction, so a page added from the popup while an
   * options page deletes the corpus, or two pages added at once, never overwrite each other.
   */
  expectedRevision?: string;
}

/** A corpus changed or went between the read and the write of a replacement: read it again and retry. */
export class CorpusChangedError extends Error {
  override readonly name = 'CorpusChangedError';
}

/** What a reader may change about a stored corpus after the import. */
export type MetaChange = Partial<Pick<StoredCorpusMeta, 'name' | 'description' | 'deletedAt'>>;

export interface CorpusStore {
  /** Every stored corpus, deleted ones awaiting purge included, in the order they were added. */
  list(): Promise<StoredCorpusMeta[]>;
  getFile(id: string): Promise<CorpusFile | undefined>;
  getPrepared(id: string): Promise<SerializedCorpus | undefined>;
  /** Adds all or none. Throws InputError when an id is taken (see `checkIdsFree`). */
  add(corpora: readonly StoredCorpus[], options?: AddOptions): Promise<void>;
  /** Throws when there is no such corpus. */
  update(id: string, change: MetaChange): Promise<StoredCorpusMeta>;
  remove(id: string): Promise<void>;
}

/**
 * Refuses ids that are taken: never silently overwrite a corpus the reader has. A corpus deleted but still
 * undoable does not hold its id: importing it again is what a reader does after deleting it.
 */
export function checkIdsFree(
  incoming: readonly StoredCorpusMeta[],
  existing: readonly StoredCorpusMeta[],
  options: AddOptions = {},
): void {
  const live = new Map(existing.filter((meta) => meta.deletedAt === null).map((meta) => [meta.id, meta]));
  const seen = new Set<string>();
  for (const meta of incoming) {
    if (options.reservedIds?.includes(meta.id)) {
      throw new InputError(
        meta.origin,
        'id',
        `"${meta.id}" is the id of the built-in corpus; give the file another id`,
      );
    }
    const taken = live.get(meta.id);
    if (options.expectedRevision !== undefined && taken?.revision !== options.expectedRevision) {
      throw new CorpusChangedError(`"${meta.id}" changed while it was being written`);
    }
    if (taken && !options.replace) {
      throw new InputError(
        meta.origin,
        'id',
        `a corpus with id "${meta.id}" is already installed ("${taken.name}"); delete it first to import this one`,
      );
    }
    if (seen.has(meta.id))
      throw new InputError(meta.origin, 'id', `two corpora being imported share the id "${meta.id}"`);
    seen.add(meta.id);
  }
}

/**
 * A replacement keeps what the reader set on the stored corpus (its name, description and place in the
 * list), read inside the writing transaction: a rename in another page while the articles were rebuilt
 * survives.
 */
export function keepReaderChanges(incoming: StoredCorpusMeta, existing: readonly StoredCorpusMeta[]) {
  const current = existing.find((meta) => meta.id === incoming.id && meta.deletedAt === null);
  if (!current) return incoming;
  return { ...incoming, name: current.name, description: current.description, addedAt: current.addedAt };
}

/** Corpora the reader can see and use: not deleted. */
export const liveCorpora = (metas: readonly StoredCorpusMeta[]) =>
  metas.filter((meta) => meta.deletedAt === null);
