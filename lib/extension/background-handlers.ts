/** What the background answers: the checks run here, off the page's main thread. */
import { checkArticle } from '../core/check';
import { recordCheck } from './badge-sync';
import { describeCorpora, enabledCorpora } from './corpus-registry';
import type { ToBackground } from './messages';
import type { Handlers } from './messaging';
import { getSettings } from './storage';

export const backgroundHandlers: Handlers<ToBackground> = {
  async analyze({ article, extractMs }, sender) {
    const settings = await getSettings();
    const report = checkArticle(article, enabledCorpora(settings), { extractMs });
    const tabId = sender.tab?.id;
    // Only the top frame has the content script, so the report is the tab's page. A tab closed during the
    // check has no badge left to set: that must not turn a finished check into an error.
    if (tabId !== undefined && tabId >= 0) await recordCheck(tabId, report.summary.conflict).catch(() => {});
    return report;
  },

  async listCorpora() {
    return describeCorpora(await getSettings());
  },
};
