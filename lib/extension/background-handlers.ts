/** What the background answers: the checks run here, off the page's main thread. */
import { checkArticle } from '../core/check';
import type { Report } from '../core/types';
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

/**
 * The report as the page gets it: only the claims with evidence, which are all the sidebar lists, marks
 * and counts, and the number of those left out. A long page has thousands of claims without any; sent
 * whole, the reply ran to megabytes, all of it received and parsed on the page's main thread.
 */
export function reportForPage(report: Report): Report {
  const claims = report.claims.filter((claim) => claim.matches.length > 0);
  const without = report.claims.length - claims.length + (report.summary.claimsWithoutEvidence ?? 0);
  return { ...report, claims, summary: { ...report.summary, claimsWithoutEvidence: without } };
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
      return reportForPage(report);
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
