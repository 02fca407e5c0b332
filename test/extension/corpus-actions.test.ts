import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteCorpus,
  purgeDeleted,
  renameCorpus,
  restoreCorpus,
  storedCorpusFile,
  UNDO_MS,
} from '../../lib/extension/corpora/corpus-actions';
import { downloadCorpusFile, exportFileName } from '../../lib/extension/corpora/download';
import { createCorpusRegistry } from '../../lib/extension/corpus-registry';
import { corporaRevisionItem, getSettings, updateSettings } from '../../lib/extension/storage';
import { fixtureCorpus } from './corpus-fixtures';
import { installDom } from './dom';
import { memoryCorpusStore } from './memory-corpus-store';
import { storeCorpus } from './stored-corpora';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const idsIn = async (store: ReturnType<typeof memoryCorpusStore>) =>
  (await createCorpusRegistry(store).describeCorpora({ disabledCorpora: [] })).map((corpus) => corpus.id);

describe('deleting a corpus', () => {
  it('takes it out of every list at once, and undo brings it back whole', async () => {
    const store = memoryCorpusStore();
    const corpus = fixtureCorpus();
    await storeCorpus(store, corpus);
    const revision = await corporaRevisionItem.getValue();
    await deleteCorpus(store, corpus.id);
    expect(await idsIn(store)).not.toContain(corpus.id);
    expect(await corporaRevisionItem.getValue()).toBeGreaterThan(revision);

    await restoreCorpus(store, corpus.id);
    expect(await idsIn(store)).toContain(corpus.id);
    expect(await storedCorpusFile(store, corpus.id)).toEqual(corpus);
  });

  it('removes it for good only once the undo window has passed, and forgets that it was switched off', async () => {
    const store = memoryCorpusStore();
    const corpus = fixtureCorpus();
    await storeCorpus(store, corpus);
    await updateSettings({ disabledCorpora: [corpus.id, 'bundled-seeds'] });
    const deletedAt = 1_000_000;
    await deleteCorpus(store, corpus.id, deletedAt);
    expect(await purgeDeleted(store, deletedAt + UNDO_MS - 1)).toEqual([]);
    expect(store.records.has(corpus.id)).toBe(true);
    expect(await purgeDeleted(store, deletedAt + UNDO_MS)).toEqual([corpus.id]);
    expect(store.records.has(corpus.id)).toBe(false);
    expect((await getSettings()).disabledCorpora).toEqual(['bundled-seeds']);
  });

  it('purges what it can and throws nothing when storage fails: what is left stays deleted for next time', async () => {
    const store = memoryCorpusStore();
    const first = { ...fixtureCorpus(), id: 'first' };
    const second = { ...fixtureCorpus(), id: 'second' };
    await storeCorpus(store, first);
    await storeCorpus(store, second);
    await deleteCorpus(store, first.id, 0);
    await deleteCorpus(store, second.id, 0);
    const remove = store.remove.bind(store);
    store.remove = async (id) => {
      if (id === first.id) throw new Error('QuotaExceededError');
      await remove(id);
    };
    expect(await purgeDeleted(store, UNDO_MS)).toEqual([second.id]);
    expect(store.records.get(first.id)?.meta.deletedAt).toBe(0);
    expect(await idsIn(store)).not.toContain(first.id);

    store.list = async () => {
      throw new Error('UnknownError');
    };
    await expect(purgeDeleted(store, UNDO_MS)).resolves.toEqual([]);
  });

  it('frees its id: the same file can be imported again while the deletion could still be undone', async () => {
    const store = memoryCorpusStore();
    await storeCorpus(store, fixtureCorpus());
    await deleteCorpus(store, fixtureCorpus().id);
    await expect(storeCorpus(store, fixtureCorpus())).resolves.toBeDefined();
    expect(await idsIn(store)).toContain(fixtureCorpus().id);
  });
});

describe('renaming and exporting', () => {
  it('exports the corpus under the name the reader gave it, and refuses an empty name', async () => {
    const store = memoryCorpusStore();
    const corpus = fixtureCorpus();
    await storeCorpus(store, corpus);
    await renameCorpus(store, corpus.id, '  Bridge watch  ');
    expect(await storedCorpusFile(store, corpus.id)).toEqual({ ...corpus, name: 'Bridge watch' });
    await expect(renameCorpus(store, corpus.id, '   ')).rejects.toThrow('a corpus needs a name');
    await expect(storedCorpusFile(store, 'nope')).rejects.toThrow('no corpus with id "nope"');
  });

  it('names the download after the id, safe for any file system', () => {
    expect(exportFileName({ id: 'harbour-reports' })).toBe('harbour-reports.crosscheck.json');
    expect(exportFileName({ id: '../My corpus: 2024/..' })).toBe('My-corpus-2024.crosscheck.json');
    expect(exportFileName({ id: '///' })).toBe('corpus.crosscheck.json');
  });

  it('downloads through a link to an object URL, not the downloads API', async () => {
    const doc = installDom();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:corpus';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string | null; download: string | null }[] = [];
    doc.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.getAttribute('href'), download: link.getAttribute('download') });
    });
    downloadCorpusFile(fixtureCorpus(), doc);
    expect(clicked).toEqual([{ href: 'blob:corpus', download: 'harbour-reports.crosscheck.json' }]);
    expect(JSON.parse(await (created[0]?.text() ?? Promise.resolve('')))).toEqual(fixtureCorpus());
    expect(doc.querySelector('a')).toBeNull();
  });
});
