/**
 * The reader's corpora in IndexedDB. The options page (and its import worker) write, the background
 * reads: all are pages of the extension's origin, so they share one database. Three stores, so that
 * listing the corpora never reads a 100k-statement index, and the background never reads article texts.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { SerializedCorpus } from '../../core/corpus';
import type { CorpusFile } from '../../core/types';
import {
  type AddOptions,
  type CorpusStore,
  checkIdsFree,
  keepReaderChanges,
  type MetaChange,
} from './corpus-store';
import { writing } from './storage-full';
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

type WriteTx = IDBPTransaction<CorpusDb, StoreNames<CorpusDb>[], 'readwrite'>;

/**
 * Runs `body` in one read-write transaction and waits for it to commit. If `body` throws, the transaction
 * is aborted, so nothing it wrote stays. A transaction the browser aborted itself (storage full is reported
 * at the request or at the commit) rolls back all the same; its error comes out as a `StorageFullError`
 * when it is the quota.
 */
async function inTransaction<T>(
  stores: StoreNames<CorpusDb>[],
  body: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  return writing(async () => {
    const tx = (await database()).transaction(stores, 'readwrite');
    let result: T;
    try {
      result = await body(tx);
    } catch (error) {
      // Already aborted by the browser (a failed request aborts it): abort() would throw over the real error.
      try {
        tx.abort();
      } catch {}
      await tx.done.catch(() => {});
      throw tx.error ?? error;
    }
    await tx.done;
    return result;
  });
}

const ALL_STORES: StoreNames<CorpusDb>[] = ['meta', 'files', 'prepared'];

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
    add(corpora: readonly StoredCorpus[], options: AddOptions = {}) {
      return inTransaction(ALL_STORES, async (tx) => {
        // Checked inside the writing transaction: two imports in two tabs cannot both take an id.
        const existing = await tx.objectStore('meta').getAll();
        checkIdsFree(
          corpora.map((corpus) => corpus.meta),
          existing,
          options,
        );
        for (const { meta, file, prepared } of corpora) {
          await tx.objectStore('files').put(file, meta.id);
          await tx.objectStore('prepared').put(prepared, meta.id);
          await tx.objectStore('meta').put(options.replace ? keepReaderChanges(meta, existing) : meta);
        }
      });
    },
    update(id: string, change: MetaChange) {
      // Read and written in one transaction: two pages changing the same corpus each see the other's change.
      return inTransaction(['meta'], async (tx) => {
        const meta = await tx.objectStore('meta').get(id);
        if (!meta) throw new Error(`no corpus with id "${id}"`);
        const next = { ...meta, ...change };
        await tx.objectStore('meta').put(next);
        return next;
      });
    },
    remove(id: string) {
      return inTransaction(ALL_STORES, async (tx) => {
        await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).delete(id)));
      });
    },
  };
}
