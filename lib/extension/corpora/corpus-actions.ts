/**
 * What the options page does to a stored corpus besides importing it. Deletion is in two steps so that it
 * can be undone: the corpus is marked deleted (gone from every list and every check at once), and removed
 * for good once the undo window has passed, when the page is next opened if it was closed before.
 */
import { InputError } from '../../core/import/index';
import type { CorpusFile } from '../../core/types';
import { getSettings, markCorporaChanged, updateSettings } from '../storage';
import type { CorpusStore } from './corpus-store';
import { exportedFile } from './stored-corpus';

/** How long a deletion can be undone (ms): time to notice a wrong click, short enough not to linger. */
export const UNDO_MS = 30_000;
/** Longest corpus name kept: a row shows it on one or two lines. */
export const MAX_NAME_LENGTH = 200;

export async function deleteCorpus(store: CorpusStore, id: string, now = Date.now()): Promise<void> {
  await store.update(id, { deletedAt: now });
  await markCorporaChanged();
}

export async function restoreCorpus(store: CorpusStore, id: string): Promise<void> {
  await store.update(id, { deletedAt: null });
  await markCorporaChanged();
}

/**
 * Removes for good the corpora deleted at least `UNDO_MS` before `now`; returns the ids removed. It is
 * housekeeping, run unasked by the options page, so it never throws: a corpus that cannot be removed now
 * (storage failing or full) stays marked deleted, out of every list and check, and is tried again the next
 * time; the others are removed all the same.
 */
export async function purgeDeleted(store: CorpusStore, now = Date.now()): Promise<string[]> {
  let listed: Awaited<ReturnType<CorpusStore['list']>>;
  try {
    listed = await store.list();
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const meta of listed) {
    if (meta.deletedAt === null || now - meta.deletedAt < UNDO_MS) continue;
    try {
      await store.remove(meta.id);
      removed.push(meta.id);
    } catch {
      // Left marked deleted: tried again next time.
    }
  }
  if (removed.length > 0) {
    const gone = new Set(removed);
    // A switched-off corpus that no longer exists has nothing left to switch. Should this fail, the setting
    // names a corpus that is gone, which every reader of it already ignores.
    try {
      if ((await getSettings()).disabledCorpora.some((id) => gone.has(id))) {
        await updateSettings(({ disabledCorpora }) => ({
          disabledCorpora: disabledCorpora.filter((id) => !gone.has(id)),
        }));
      }
    } catch {}
  }
  return removed;
}

export async function renameCorpus(store: CorpusStore, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new InputError(id, 'name', 'a corpus needs a name');
  await store.update(id, { name: trimmed.slice(0, MAX_NAME_LENGTH) });
  // Other options pages, and open sidebars naming the corpus, learn of it as of any other change.
  await markCorporaChanged();
}

/** The stored corpus as a corpus file, under the name the reader gave it. */
export async function storedCorpusFile(store: CorpusStore, id: string): Promise<CorpusFile> {
  const meta = (await store.list()).find((candidate) => candidate.id === id && candidate.deletedAt === null);
  const file = meta && (await store.getFile(id));
  if (!meta || !file) throw new Error(`no corpus with id "${id}"`);
  return exportedFile(meta, file);
}
