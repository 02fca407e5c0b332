import {
  type AddOptions,
  type CorpusStore,
  checkIdsFree,
  keepReaderChanges,
  type MetaChange,
} from '../../lib/extension/corpora/corpus-store';
import type { StoredCorpus } from '../../lib/extension/corpora/stored-corpus';

/**
 * The corpus store over a Map, with the IndexedDB store's rules (ids checked by the same function, all or
 * nothing, copies in and out as structured cloning makes them): for the Node tests, which have no IndexedDB.
 */
export function memoryCorpusStore(): CorpusStore & { records: Map<string, StoredCorpus> } {
  const records = new Map<string, StoredCorpus>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    records,
    async list() {
      return [...records.values()]
        .map((record) => copy(record.meta))
        .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    },
    async getFile(id) {
      const record = records.get(id);
      return record && copy(record.file);
    },
    async getPrepared(id) {
      const record = records.get(id);
      return record && copy(record.prepared);
    },
    async add(corpora: readonly StoredCorpus[], options?: AddOptions) {
      const existing = [...records.values()].map((record) => record.meta);
      checkIdsFree(
        corpora.map((corpus) => corpus.meta),
        existing,
        options,
      );
      for (const corpus of corpora) {
        const meta = options?.replace ? keepReaderChanges(corpus.meta, existing) : corpus.meta;
        records.set(corpus.meta.id, copy({ ...corpus, meta }));
      }
    },
    async update(id: string, change: MetaChange) {
      const record = records.get(id);
      if (!record) throw new Error(`no corpus with id "${id}"`);
      record.meta = { ...record.meta, ...change };
      return copy(record.meta);
    },
    async remove(id: string) {
      records.delete(id);
    },
  };
}
