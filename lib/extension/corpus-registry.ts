/**
 * The corpora the background checks against: the bundled one, built and indexed at build time, and the
 * reader's, read from the corpus store. A stored corpus is loaded from its stored index (never re-indexed)
 * the first time a check needs it, and kept until its revision changes or it is gone. The list of stored
 * corpora is read again for every check: it is a few small records, and it is what makes an import, a
 * deletion or a switch in the options page count on the very next check, in every tab.
 */
import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { loadCorpus, type PreparedCorpus } from '../core/corpus';
import type { CorpusFile } from '../core/types';
import { type CorpusStore, liveCorpora } from './corpora/corpus-store';
import type { StoredCorpusMeta } from './corpora/stored-corpus';
import type { CorpusInfo } from './shapes';
import type { Settings } from './storage';

export interface CorpusRegistry {
  /** The corpora whose statements count as evidence under these settings. */
  enabledCorpora(settings: Pick<Settings, 'disabledCorpora'>): Promise<PreparedCorpus[]>;
  /** Every corpus, bundled first, as the options page lists it. */
  describeCorpora(settings: Pick<Settings, 'disabledCorpora'>): Promise<CorpusInfo[]>;
  /** Ids of the corpora that ship with the extension: no stored corpus may take them. */
  bundledIds(): string[];
  /** The bundled corpus as a corpus file (for export). */
  bundledFile(): CorpusFile;
}

let bundled: PreparedCorpus | undefined;

function bundledCorpus(): PreparedCorpus {
  bundled ??= loadCorpus(seedCorpus);
  return bundled;
}

/**
 * The bundled corpus ships as statements and index only, so its export rebuilds each article from its
 * statements, one a paragraph: importing that file gives the same statements back.
 */
function bundledAsFile(): CorpusFile {
  const corpus = bundledCorpus();
  return {
    format: 'crosscheck.corpus',
    version: 1,
    id: corpus.id,
    name: corpus.name,
    description: corpus.description,
    createdAt: corpus.createdAt,
    articles: corpus.articles.map(({ statementCount: _, ...article }) => ({
      ...article,
      text: corpus.statements
        .filter((statement) => statement.articleId === article.id)
        .map((statement) => statement.text)
        .join('\n\n'),
    })),
  };
}

function describeBundled(settings: Pick<Settings, 'disabledCorpora'>): CorpusInfo {
  const corpus = bundledCorpus();
  return {
    id: corpus.id,
    name: corpus.name,
    description: corpus.description,
    articleCount: corpus.articles.length,
    statementCount: corpus.statements.length,
    enabled: !settings.disabledCorpora.includes(corpus.id),
    bundled: true,
    origin: 'Built into Crosscheck',
    outlets: [...new Set(corpus.articles.map((article) => article.source).filter(Boolean))],
    createdAt: corpus.createdAt,
    addedAt: null,
    bytes: JSON.stringify(seedCorpus).length,
  };
}

function describeStored(meta: StoredCorpusMeta, settings: Pick<Settings, 'disabledCorpora'>): CorpusInfo {
  return {
    id: meta.id,
    name: meta.name,
    description: meta.description,
    articleCount: meta.articleCount,
    statementCount: meta.statementCount,
    enabled: !settings.disabledCorpora.includes(meta.id),
    bundled: false,
    origin: meta.origin,
    outlets: meta.outlets,
    createdAt: meta.createdAt,
    addedAt: meta.addedAt,
    bytes: meta.fileBytes + meta.indexBytes,
  };
}

export function createCorpusRegistry(store: CorpusStore): CorpusRegistry {
  const loaded = new Map<string, { revision: string; corpus: Promise<PreparedCorpus | null> }>();

  const load = (meta: StoredCorpusMeta): Promise<PreparedCorpus | null> => {
    const cached = loaded.get(meta.id);
    if (cached?.revision === meta.revision) return cached.corpus;
    const corpus = store.getPrepared(meta.id).then((data) => (data ? loadCorpus(data) : null));
    // A corpus that cannot be loaded is left out of the checks rather than failing every one of them.
    const settled = corpus.catch((error: unknown) => {
      console.warn(`Crosscheck: corpus ${meta.id} could not be loaded`, error);
      return null;
    });
    loaded.set(meta.id, { revision: meta.revision, corpus: settled });
    return settled;
  };

  const stored = async () => {
    const live = liveCorpora(await store.list());
    const ids = new Set(live.map((meta) => meta.id));
    for (const id of loaded.keys()) if (!ids.has(id)) loaded.delete(id);
    return live;
  };

  return {
    async enabledCorpora(settings) {
      const enabled = (await stored()).filter((meta) => !settings.disabledCorpora.includes(meta.id));
      const corpora = await Promise.all(enabled.map(load));
      return [bundledCorpus(), ...corpora.filter((corpus) => corpus !== null)].filter(
        (corpus) => !settings.disabledCorpora.includes(corpus.id),
      );
    },
    async describeCorpora(settings) {
      return [describeBundled(settings), ...(await stored()).map((meta) => describeStored(meta, settings))];
    },
    bundledIds: () => [bundledCorpus().id],
    bundledFile: bundledAsFile,
  };
}
