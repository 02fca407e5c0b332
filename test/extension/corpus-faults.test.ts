/**
 * Storage full, and two pages at once, against the real IndexedDB store (over fake-indexeddb): a write the
 * browser refuses leaves every corpus exactly as it was and says so in one sentence; writes from two pages
 * never lose one another.
 */
import './quota-faults';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { failureAlert } from '../../components/import-status';
import type { ArticleInput, CorpusFile } from '../../lib/core/types';
import { addPageToCorpus } from '../../lib/extension/corpora/add-page';
import { deleteCorpus, renameCorpus, storedCorpusFile } from '../../lib/extension/corpora/corpus-actions';
import type { CorpusStore } from '../../lib/extension/corpora/corpus-store';
import { idbCorpusStore } from '../../lib/extension/corpora/idb-corpus-store';
import { runImport } from '../../lib/extension/corpora/import-job';
import { STORAGE_FULL_MESSAGE, StorageFullError } from '../../lib/extension/corpora/storage-full';
import {
  corporaRevisionItem,
  getSettings,
  setCorpusEnabled,
  updateSettings,
} from '../../lib/extension/storage';
import { fileOf, fixtureCorpus } from './corpus-fixtures';
import { failWritesTo } from './quota-faults';
import { storeCorpus } from './stored-corpora';

const store = idbCorpusStore();

/** Everything stored, records and all, to compare before and after a failed write. */
async function snapshot(of: CorpusStore) {
  const metas = await of.list();
  return Promise.all(
    metas.map(async (meta) => ({
      meta,
      file: await of.getFile(meta.id),
      prepared: await of.getPrepared(meta.id),
    })),
  );
}

const page = (n: number): ArticleInput => ({
  title: `Report ${n}`,
  url: `https://news.example/report-${n}`,
  site: 'news.example',
  text: `The harbour council met on Monday to discuss report number ${n}.\n\nIts members voted to publish it in full.`,
});

const otherCorpus = (): CorpusFile => ({ ...fixtureCorpus(), id: 'other-corpus', name: 'Other corpus' });

let restore: (() => void) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  for (const meta of await store.list()) await store.remove(meta.id);
});
afterEach(() => {
  restore?.();
  restore = undefined;
  vi.restoreAllMocks();
});

describe('when storage is full', () => {
  it('an import is refused with the storage-full message, and the corpora stay exactly as they were', async () => {
    await storeCorpus(store, fixtureCorpus());
    const before = await snapshot(store);
    // The last record of the transaction fails: the two written before it must be rolled back.
    restore = failWritesTo(['meta']);
    const outcome = await runImport(
      { files: [fileOf('other.json', JSON.stringify(otherCorpus()))], reservedIds: [] },
      { store, onProgress: () => {} },
    );
    expect(outcome).toEqual({ ok: false, problems: [STORAGE_FULL_MESSAGE], storageFull: true });
    expect(await snapshot(store)).toEqual(before);
    expect(await store.getFile('other-corpus')).toBeUndefined();
    expect(await store.getPrepared('other-corpus')).toBeUndefined();
    restore();
    expect(await storedCorpusFile(store, fixtureCorpus().id)).toEqual(fixtureCorpus());
  });

  it('a page added from the popup is refused, and its corpus keeps its articles and index', async () => {
    await storeCorpus(store, fixtureCorpus());
    const before = await snapshot(store);
    restore = failWritesTo(['prepared']);
    const adding = addPageToCorpus({ tabId: 1, corpusId: fixtureCorpus().id, newName: null }, page(1), {
      store,
      reservedIds: [],
    });
    await expect(adding).rejects.toBeInstanceOf(StorageFullError);
    await expect(adding).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(await snapshot(store)).toEqual(before);
  });

  it('a rename or a deletion is refused, changes nothing, and tells no tab that anything changed', async () => {
    await storeCorpus(store, fixtureCorpus());
    const before = await snapshot(store);
    const revision = await corporaRevisionItem.getValue();
    restore = failWritesTo(['meta']);
    await expect(renameCorpus(store, fixtureCorpus().id, 'New name')).rejects.toBeInstanceOf(
      StorageFullError,
    );
    await expect(deleteCorpus(store, fixtureCorpus().id)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(store)).toEqual(before);
    expect(await corporaRevisionItem.getValue()).toBe(revision);
  });

  it('a settings change storage.local refuses keeps the stored settings', async () => {
    await updateSettings({ excludedHosts: ['example.com'] });
    const before = await getSettings();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(setCorpusEnabled('bundled-seeds', false)).rejects.toBeInstanceOf(StorageFullError);
    await expect(updateSettings({ checkMode: 'click' })).rejects.toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await getSettings()).toEqual(before);
  });

  it('shows as one alert with the storage-full reason, whichever error reported it', () => {
    const quota = new DOMException('Transaction aborted', 'QuotaExceededError');
    for (const error of [quota, new StorageFullError({ cause: quota })]) {
      expect(failureAlert('“X” could not be renamed.', error)).toEqual({
        summary: STORAGE_FULL_MESSAGE,
        items: [],
        reason: 'storage-full',
      });
    }
    expect(failureAlert('“X” could not be renamed.', new Error('no corpus with id "quota"'))).toEqual({
      summary: '“X” could not be renamed.',
      items: ['no corpus with id "quota"'],
    });
  });

  it('is not what a bad file is called, whatever its name or text says', async () => {
    const bad = JSON.stringify({ ...otherCorpus(), id: 'quota exceeded', articles: 'quota exceeded' });
    const outcome = await runImport(
      { files: [fileOf('quota-exceeded.json', bad)], reservedIds: [] },
      { store, onProgress: () => {} },
    );
    expect(outcome).toMatchObject({ ok: false, problems: [expect.stringContaining('quota-exceeded.json')] });
    expect(outcome).not.toHaveProperty('storageFull');
  });
});

describe('two pages writing at once', () => {
  // Two stores over one database: what two options pages (or an options page and the background) hold.
  const pageA = store;
  const pageB = idbCorpusStore();

  it('a rename in one and a deletion in the other both hold', async () => {
    await storeCorpus(pageA, fixtureCorpus());
    await Promise.all([
      renameCorpus(pageA, fixtureCorpus().id, 'Renamed in A'),
      pageB.update(fixtureCorpus().id, { deletedAt: 1_000 }),
    ]);
    expect(await pageB.list()).toMatchObject([{ name: 'Renamed in A', deletedAt: 1_000 }]);
  });

  it('keeps both pages added to one corpus at the same moment', async () => {
    await storeCorpus(pageA, fixtureCorpus());
    const deps = (of: CorpusStore) => ({ store: of, reservedIds: [] });
    const target = { tabId: 1, corpusId: fixtureCorpus().id, newName: null };
    await Promise.all([
      addPageToCorpus(target, page(1), deps(pageA)),
      addPageToCorpus(target, page(2), deps(pageB)),
    ]);
    const urls = (await pageA.getFile(fixtureCorpus().id))?.articles.map((article) => article.url);
    expect(urls).toEqual(expect.arrayContaining([page(1).url, page(2).url]));
    expect(urls).toHaveLength(fixtureCorpus().articles.length + 2);
  });

  it('a page added while the corpus is renamed keeps the new name; while it is deleted, it stays deleted', async () => {
    await storeCorpus(pageA, fixtureCorpus());
    await storeCorpus(pageA, otherCorpus());
    const deps = { store: pageB, reservedIds: [] };
    await Promise.all([
      addPageToCorpus({ tabId: 1, corpusId: fixtureCorpus().id, newName: null }, page(1), deps),
      renameCorpus(pageA, fixtureCorpus().id, 'Renamed meanwhile'),
    ]);
    expect((await storedCorpusFile(pageA, fixtureCorpus().id)).name).toBe('Renamed meanwhile');
    expect((await pageA.getFile(fixtureCorpus().id))?.articles.map((a) => a.url)).toContain(page(1).url);

    const adding = addPageToCorpus({ tabId: 1, corpusId: 'other-corpus', newName: null }, page(2), deps);
    await deleteCorpus(pageA, 'other-corpus');
    await adding.catch(() => {});
    expect((await pageA.list()).find((meta) => meta.id === 'other-corpus')?.deletedAt).not.toBeNull();
  });

  it('two corpora switched off at once are both off', async () => {
    await Promise.all([
      setCorpusEnabled('a', false),
      setCorpusEnabled('b', false),
      setCorpusEnabled('c', false),
    ]);
    await setCorpusEnabled('b', true);
    expect((await getSettings()).disabledCorpora.sort()).toEqual(['a', 'c']);
  });
});
