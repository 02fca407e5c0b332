import { readFileSync } from 'node:fs';
import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../../lib/extension/background-handlers';
import { badgeText } from '../../lib/extension/badge';
import type { AnalyzeRequest } from '../../lib/extension/messages';
import { updateSettings } from '../../lib/extension/storage';

const cnnText = readFileSync(new URL('../../seeds/000_0c6ca5ae3a502843.txt', import.meta.url), 'utf8');
const request: AnalyzeRequest = {
  article: {
    title: 'Trump and Putin will not formally meet',
    url: 'http://127.0.0.1/cnn',
    site: '127.0.0.1',
    text: cnnText,
  },
  extractMs: 5,
};
const fromTab = (tabId: number) => ({ id: browser.runtime.id, tab: { id: tabId } as never });
const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('analyze', () => {
  it('checks the article against the bundled corpus and puts the conflict count on the tab', async () => {
    const report = await backgroundHandlers.analyze(request, fromTab(7));
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.timings.extractMs).toBe(5);
    expect(await badgeOf(7)).toBe(badgeText(report.summary.conflict));
    expect(await badgeOf(8)).toBe('');
  });

  it('leaves the page out of its own evidence (the CNN seed is in the bundled corpus)', async () => {
    const report = await backgroundHandlers.analyze(request, fromTab(7));
    expect(report.excluded.map((article) => article.source)).toContain('CNN');
    const sources = report.claims.flatMap((claim) => claim.matches.map((match) => match.statement.source));
    expect(sources).not.toContain('CNN');
  });

  it('uses no statement of a corpus the reader switched off', async () => {
    await updateSettings({ disabledCorpora: [seedCorpus.id] });
    const report = await backgroundHandlers.analyze(request, fromTab(7));
    expect(report.claims.every((claim) => claim.matches.length === 0)).toBe(true);
    expect(await badgeOf(7)).toBe('');
  });

  it('still answers when the tab is gone before the badge is set', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('No tab with id: 7.'));
    const report = await backgroundHandlers.analyze(request, fromTab(7));
    expect(report.claims.length).toBeGreaterThan(0);
  });
});

describe('listCorpora', () => {
  it('describes the bundled corpus with its counts', async () => {
    const [corpus, ...rest] = await backgroundHandlers.listCorpora(null, fromTab(1));
    expect(rest).toEqual([]);
    expect(corpus).toMatchObject({
      id: seedCorpus.id,
      name: seedCorpus.name,
      articleCount: seedCorpus.articles.length,
      statementCount: seedCorpus.statements.length,
      enabled: true,
      bundled: true,
    });
  });

  it('reports a corpus switched off as not enabled', async () => {
    await updateSettings({ disabledCorpora: [seedCorpus.id] });
    const [corpus] = await backgroundHandlers.listCorpora(null, fromTab(1));
    expect(corpus?.enabled).toBe(false);
  });
});

describe('badgeText', () => {
  it('is empty without conflicts and short with many', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
