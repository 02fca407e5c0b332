/**
 * The corpora the background checks against. For v0 that is the bundled corpus only; it is built and
 * indexed at build time, so loading it is cheap, but it still waits for the first message that needs it
 * so that a service worker woken for something else starts at once.
 */
import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { loadCorpus, type PreparedCorpus } from '../core/corpus';
import type { CorpusInfo } from './shapes';
import type { Settings } from './storage';

let bundled: PreparedCorpus | undefined;

export function bundledCorpora(): PreparedCorpus[] {
  bundled ??= loadCorpus(seedCorpus);
  return [bundled];
}

/** The corpora whose statements count as evidence under these settings. */
export function enabledCorpora(settings: Pick<Settings, 'disabledCorpora'>): PreparedCorpus[] {
  return bundledCorpora().filter((corpus) => !settings.disabledCorpora.includes(corpus.id));
}

export function describeCorpora(settings: Pick<Settings, 'disabledCorpora'>): CorpusInfo[] {
  return bundledCorpora().map((corpus) => ({
    id: corpus.id,
    name: corpus.name,
    description: corpus.description,
    articleCount: corpus.articles.length,
    statementCount: corpus.statements.length,
    enabled: !settings.disabledCorpora.includes(corpus.id),
    bundled: true,
  }));
}
