/** What the background answers: the checks run here, off the page's main thread. */
import { checkArticle } from '../core/check';
import { recordCheck } from './badge-sync';
import { addPageToCorpus } from './corpora/add-page';
import type { CorpusStore } from './corpora/corpus-store';
import type { CorpusRegistry } from './corpus-registry';
import type { ToBackground } from './messages';
import type { Handlers } from './messaging';
import { getSettings, markCorporaChanged } from './storage';
import { articleOfTab, rememberArticle } from './tab-articles';

export interface BackgroundDeps {
  registry: CorpusRegistry;
  store: CorpusStore;
}

export function createBackgroundHandlers({ registry, store }: BackgroundDeps): Handlers<ToBackground> {
  return {
    async analyze({ article, extractMs }, sender) {
      const settings = await getSettings();
      const report = checkArticle(article, await registry.enabledCorpora(settings), { extractMs });
      const tabId = sender.tab?.id;
      // Only the top frame has the content script, so the report is the tab's page. A tab closed during the
      // check has no badge left to set: that must not turn a finished check into an error.
      if (tabId !== undefined && tabId >= 0) {
        await recordCheck(tabId, report.summary.conflict).catch(() => {});
        await rememberArticle(tabId, article);
      }
      return report;
    },

    async listCorpora() {
      return registry.describeCorpora(await getSettings());
    },

    bundledCorpusFile() {
      return registry.bundledFile();
    },

    async addPageToCorpus(request) {
      const added = await addPageToCorpus(request, await articleOfTab(request.tabId), {
        store,
        reservedIds: registry.bundledIds(),
      });
      await markCorporaChanged();
      return added;
    },
  };
}
