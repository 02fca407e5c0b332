import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkArticle } from '../../lib/core/check';
import { prepareCorpus } from '../../lib/core/corpus';
import { parseCorpusFile } from '../../lib/core/import/index';
import { createCorpusRegistry } from '../../lib/extension/corpus-registry';
import { fixtureCorpus } from './corpus-fixtures';
import { memoryCorpusStore } from './memory-corpus-store';
import { storeCorpus, storedOf } from './stored-corpora';

const settings = (disabledCorpora: string[] = []) => ({ disabledCorpora });

beforeEach(() => fakeBrowser.reset());

describe('the corpus registry', () => {
  it('checks against the bundled corpus and every stored one that is switched on and not deleted', async () => {
    const store = memoryCorpusStore();
    const registry = createCorpusRegistry(store);
    expect((await registry.enabledCorpora(settings())).map((c) => c.id)).toEqual([seedCorpus.id]);

    const corpus = fixtureCorpus();
    await storeCorpus(store, corpus);
    expect((await registry.enabledCorpora(settings())).map((c) => c.id)).toEqual([seedCorpus.id, corpus.id]);
    expect((await registry.enabledCorpora(settings([corpus.id]))).map((c) => c.id)).toEqual([seedCorpus.id]);
    expect((await registry.enabledCorpora(settings([seedCorpus.id]))).map((c) => c.id)).toEqual([corpus.id]);

    await store.update(corpus.id, { deletedAt: Date.now() });
    expect((await registry.enabledCorpora(settings())).map((c) => c.id)).toEqual([seedCorpus.id]);
  });

  it('loads a stored corpus from its index once, and again only when it changed', async () => {
    const store = memoryCorpusStore();
    const registry = createCorpusRegistry(store);
    const corpus = fixtureCorpus();
    await storeCorpus(store, corpus);
    const reads = vi.spyOn(store, 'getPrepared');
    await registry.enabledCorpora(settings());
    await registry.enabledCorpora(settings());
    expect(reads).toHaveBeenCalledTimes(1);

    const grown = {
      ...corpus,
      articles: [...corpus.articles, { ...corpus.articles[0], id: 'third' } as never],
    };
    await store.add([storedOf(grown)], { replace: true });
    const [, loaded] = await registry.enabledCorpora(settings());
    expect(reads).toHaveBeenCalledTimes(2);
    expect(loaded?.articles.map((article) => article.id)).toContain('third');
  });

  it('gives evidence from a stored corpus to a check', async () => {
    const store = memoryCorpusStore();
    await storeCorpus(store, fixtureCorpus());
    const corpora = await createCorpusRegistry(store).enabledCorpora(settings([seedCorpus.id]));
    const report = checkArticle(
      {
        title: 'Bridge',
        url: 'https://news.example/bridge',
        site: 'news.example',
        text: 'The mayor said on Friday that the new harbour bridge cost 150 million dollars to build.',
      },
      corpora,
    );
    const sources = report.claims.flatMap((claim) => claim.matches.map((match) => match.statement.source));
    expect(sources).toContain('Coastal Gazette');
  });

  it('leaves out a stored corpus that cannot be loaded instead of failing every check', async () => {
    const store = memoryCorpusStore();
    await storeCorpus(store, fixtureCorpus());
    vi.spyOn(store, 'getPrepared').mockRejectedValue(new Error('disk error'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await createCorpusRegistry(store).enabledCorpora(settings())).map((c) => c.id)).toEqual([
      seedCorpus.id,
    ]);
    expect(warn).toHaveBeenCalled();
  });

  it('lists the bundled corpus first, then the stored ones, with sizes, origin and state', async () => {
    const store = memoryCorpusStore();
    const stored = await storeCorpus(store, fixtureCorpus());
    const [bundled, mine, ...rest] = await createCorpusRegistry(store).describeCorpora(
      settings([stored.meta.id]),
    );
    expect(rest).toEqual([]);
    expect(bundled).toMatchObject({ id: seedCorpus.id, bundled: true, enabled: true, addedAt: null });
    expect(bundled?.bytes).toBeGreaterThan(0);
    expect(mine).toMatchObject({
      id: stored.meta.id,
      bundled: false,
      enabled: false,
      origin: stored.meta.origin,
      articleCount: 2,
      statementCount: stored.meta.statementCount,
      bytes: stored.meta.fileBytes + stored.meta.indexBytes,
    });
  });

  it('exports the bundled corpus as a valid corpus file that gives back the same statements', async () => {
    const registry = createCorpusRegistry(memoryCorpusStore());
    const file = parseCorpusFile(JSON.stringify(registry.bundledFile()), 'seeds.json');
    expect(file.id).toBe(seedCorpus.id);
    const [bundled] = await registry.enabledCorpora(settings());
    expect(prepareCorpus(file).statements.map((s) => s.text)).toEqual(bundled?.statements.map((s) => s.text));
  });
});
