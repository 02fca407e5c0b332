/**
 * The reader's corpora in IndexedDB. The options page (and its import worker) write, the background
 * reads: all are pages of the extension's origin, so they share one database. Three stores, so that
 * listing the corpora never reads a 100k-statement index, and the background never reads article texts.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SerializedCorpus } from '../../core/corpus';
import type { CorpusFile } from '../../core/types';
import { type AddOptions, type CorpusStore, checkIdsFree, type MetaChange } from './corpus-store';
import type { StoredCorpus, StoredCorpusMeta } from './stored-corpus';

interface CorpusDb extends DBSchema {
  meta: { key: string; value: StoredCorpusMeta };
  files: { key: string; value: CorpusFile };
  prepared: { key: string; value: SerializedCorpus };
}

const DB_NAME = 'crosscheck-corpora';
/** Version 1 (2026-11): the three stores below. A later version adds its migration to `upgrade`. */
const DB_VERSION = 1;

let opened: Promise<IDBPDatabase<CorpusDb>> | null = null;

function database(): Promise<IDBPDatabase<CorpusDb>> {
  opened ??= openDB<CorpusDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta', { keyPath: 'id' });
        db.createObjectStore('files');
        db.createObjectStore('prepared');
      }
    },
    // A newer version of the extension opening the database in another context must not wait for this one.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
    terminated() {
      opened = null;
    },
  });
  return opened;
}

const bySequence = (a: StoredCorpusMeta, b: StoredCorpusMeta) => a.addedAt.localeCompare(b.addedAt);

export function idbCorpusStore(): CorpusStore {
  return {
    async list() {
      return (await (await database()).getAll('meta')).sort(bySequence);
    },
    async getFile(id) {
      return (await database()).get('files', id);
    },
    async getPrepared(id) {
      return (await database()).get('prepared', id);
    },
    async add(corpora: readonly StoredCorpus[], options: AddOptions = {}) {
      const tx = (await database()).transaction(['meta', 'files', 'prepared'], 'readwrite');
      try {
        // Checked inside the writing transaction: two imports in two tabs cannot both take an id.
        checkIdsFree(
          corpora.map((corpus) => corpus.meta),
          await tx.objectStore('meta').getAll(),
          options,
        );
        for (const { meta, file, prepared } of corpora) {
          await tx.objectStore('files').put(file, meta.id);
          await tx.objectStore('prepared').put(prepared, meta.id);
          await tx.objectStore('meta').put(meta);
        }
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => {});
        throw error;
      }
      await tx.done;
    },
    async update(id: string, change: MetaChange) {
      const tx = (await database()).transaction('meta', 'readwrite');
      const meta = await tx.store.get(id);
      if (!meta) {
        tx.abort();
        await tx.done.catch(() => {});
        throw new Error(`no corpus with id "${id}"`);
      }
      const next = { ...meta, ...change };
      await tx.store.put(next);
      await tx.done;
      return next;
    },
    async remove(id: string) {
      const tx = (await database()).transaction(['meta', 'files', 'prepared'], 'readwrite');
      await Promise.all([
        tx.objectStore('meta').delete(id),
        tx.objectStore('files').delete(id),
        tx.objectStore('prepared').delete(id),
      ]);
      await tx.done;
    },
  };
}
