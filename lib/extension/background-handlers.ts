/** What the background answers: reading the page and checking it run here, off the page's main thread. */
import { parseHTML } from 'linkedom';
import { checkArticle } from '../core/check';
import { extractArticle } from '../core/extract';
import type { Report } from '../core/types';
import { recordCheck } from './badge-sync';
import { addPageToCorpus } from './corpora/add-page';
import type { CorpusStore } from './corpora/corpus-store';
import type { CorpusRegistry } from './corpus-registry';
import type { AnalyzeRequest, PageSnapshot, ToBackground } from './messages';
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

/**
 * The article of a page snapshot: its markup parsed with linkedom (the CLI's DOM; the service worker has
 * no DOMParser) and read by the same `extractArticle` that ran in the page before. On the 30 saved real
 * pages the result is the same, text for text, as Readability on the live page's clone.
 */
export function readPage({ html, url }: PageSnapshot): AnalyzeRequest | null {
  const started = performance.now();
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, url);
  return article ? { article, extractMs: performance.now() - started } : null;
}

export function createBackgroundHandlers({ registry, store }: BackgroundDeps): Handlers<ToBackground> {
  return {
    readPage,

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
