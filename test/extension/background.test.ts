import { readFileSync } from 'node:fs';
import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkArticle } from '../../lib/core/check';
import { createBackgroundHandlers, readPage } from '../../lib/extension/background-handlers';
import { badgeText } from '../../lib/extension/badge';
import { createCorpusRegistry } from '../../lib/extension/corpus-registry';
import type { AnalyzeRequest } from '../../lib/extension/messages';
import { corporaRevisionItem, getSettings, updateSettings } from '../../lib/extension/storage';
import { fixtureCorpus } from './corpus-fixtures';
import { memoryCorpusStore } from './memory-corpus-store';
import { storeCorpus } from './stored-corpora';

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

let store: ReturnType<typeof memoryCorpusStore>;
let backgroundHandlers: ReturnType<typeof createBackgroundHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  store = memoryCorpusStore();
  backgroundHandlers = createBackgroundHandlers({ registry: createCorpusRegistry(store), store });
});

describe('readPage', () => {
  const cnnPage = readFileSync(new URL('../fixtures/news/cnn-seed.html', import.meta.url), 'utf8');

  it("reads the article out of a page's markup, as the content script sends it", () => {
    const read = readPage({ html: cnnPage, url: request.article.url });
    expect(read).not.toBeNull();
    expect(read?.article).toMatchObject({
      title: 'Trump and Putin will not formally meet in Vietnam, the White House said',
      url: request.article.url,
      lang: 'en',
    });
    expect(read?.article.text).toContain(
      'President Donald Trump and Russian President Vladimir Putin will not hold a formal meeting',
    );
    expect(read?.extractMs).toBeGreaterThanOrEqual(0);
  });

  it('answers null for a page that is no article', () => {
    const html = '<html><body><nav><a href="/">Home</a></nav><p>Sign in to continue.</p></body></html>';
    expect(readPage({ html, url: 'https://news.example/' })).toBeNull();
  });
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

  it('sends the page only the claims with evidence, with the counts of every claim checked', async () => {
    const registry = createCorpusRegistry(store);
    const handlers = createBackgroundHandlers({ registry, store });
    const reply = await handlers.analyze(request, fromTab(7));
    const whole = checkArticle(request.article, await registry.enabledCorpora(await getSettings()));
    const withEvidence = whole.claims.filter((claim) => claim.matches.length > 0);
    // The CNN article has claims of both kinds against the bundled corpus.
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(withEvidence.length).toBeLessThan(whole.claims.length);
    expect(reply.claims).toEqual(withEvidence);
    expect(reply.summary).toEqual({
      ...whole.summary,
      claimsWithoutEvidence: whole.claims.length - withEvidence.length,
    });
    expect(await badgeOf(7)).toBe(badgeText(whole.summary.conflict));
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

describe("analyze with the reader's corpora", () => {
  const bridge: AnalyzeRequest = {
    article: {
      title: 'Bridge opens',
      url: 'https://news.example/bridge',
      site: 'news.example',
      text: 'The mayor said on Friday that the new harbour bridge cost 150 million dollars to build.',
    },
    extractMs: 1,
  };
  const sourcesOf = (report: Awaited<ReturnType<typeof backgroundHandlers.analyze>>) =>
    report.claims.flatMap((claim) => claim.matches.map((match) => match.statement.source));

  it('uses a stored corpus from the next check on, and stops when it is switched off', async () => {
    expect(sourcesOf(await backgroundHandlers.analyze(bridge, fromTab(3)))).not.toContain('Coastal Gazette');
    await storeCorpus(store, fixtureCorpus());
    expect(sourcesOf(await backgroundHandlers.analyze(bridge, fromTab(3)))).toContain('Coastal Gazette');
    await updateSettings({ disabledCorpora: [fixtureCorpus().id] });
    expect(sourcesOf(await backgroundHandlers.analyze(bridge, fromTab(3)))).not.toContain('Coastal Gazette');
  });
});

describe('addPageToCorpus', () => {
  const page = (n: number): AnalyzeRequest => ({
    article: {
      title: `Report ${n}`,
      url: `https://news.example/report-${n}`,
      site: 'news.example',
      text: `The harbour council met on Monday to discuss report number ${n}.\n\nIts members voted to publish the report in full.`,
    },
    extractMs: 1,
  });

  it('puts the page the tab last checked into a new corpus, then into that corpus again', async () => {
    const revision = await corporaRevisionItem.getValue();
    await backgroundHandlers.analyze(page(1), fromTab(5));
    const made = await backgroundHandlers.addPageToCorpus(
      { tabId: 5, corpusId: null, newName: 'Council' },
      fromTab(5),
    );
    expect(made).toMatchObject({ corpusName: 'Council', articleCount: 1, created: true });
    expect(await corporaRevisionItem.getValue()).toBeGreaterThan(revision);

    await backgroundHandlers.analyze(page(2), fromTab(6));
    const grown = await backgroundHandlers.addPageToCorpus(
      { tabId: 6, corpusId: made.corpusId, newName: null },
      fromTab(6),
    );
    expect(grown).toMatchObject({ corpusId: made.corpusId, articleCount: 2, created: false });
    const file = await store.getFile(made.corpusId);
    expect(file?.articles.map((article) => article.url)).toEqual([page(1).article.url, page(2).article.url]);
    expect(file?.articles[0]).toMatchObject({ title: 'Report 1', source: 'news.example' });
    const [, listed] = await backgroundHandlers.listCorpora(null, fromTab(1));
    expect(listed).toMatchObject({
      id: made.corpusId,
      articleCount: 2,
      origin: 'Pages added from the browser',
    });
  });

  it('refuses a page twice, a page never checked, and a corpus that is gone', async () => {
    await backgroundHandlers.analyze(page(1), fromTab(5));
    const made = await backgroundHandlers.addPageToCorpus(
      { tabId: 5, corpusId: null, newName: null },
      fromTab(5),
    );
    expect(made.corpusName).toBe('My pages');
    await expect(
      backgroundHandlers.addPageToCorpus({ tabId: 5, corpusId: made.corpusId, newName: null }, fromTab(5)),
    ).rejects.toThrow('This page is already in “My pages”.');
    await expect(
      backgroundHandlers.addPageToCorpus({ tabId: 9, corpusId: null, newName: 'X' }, fromTab(9)),
    ).rejects.toThrow(/has not been checked yet/);
    await store.update(made.corpusId, { deletedAt: Date.now() });
    await expect(
      backgroundHandlers.addPageToCorpus({ tabId: 5, corpusId: made.corpusId, newName: null }, fromTab(5)),
    ).rejects.toThrow(/no longer there/);
  });
});

describe('bundledCorpusFile', () => {
  it('is the bundled corpus as a corpus file', async () => {
    const file = await backgroundHandlers.bundledCorpusFile(null, fromTab(1));
    expect(file).toMatchObject({ format: 'crosscheck.corpus', id: seedCorpus.id, name: seedCorpus.name });
    expect(file.articles).toHaveLength(seedCorpus.articles.length);
  });
});

describe('badgeText', () => {
  it('is empty without conflicts and short with many', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(120)).toBe('99+');
  });
});
