import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CorporaPage, jsonFile } from './support/corpora-page';
import { expectClean } from './support/expect-clean';
import {
  ARTICLE_PATH,
  BUNDLED_ID,
  harbourCorpus,
  type ReaderCorporaSession,
  SETTLE_TIMEOUT_MS,
  SETTLED,
  sourcesOf,
  startReaderCorpora,
} from './support/reader-corpora';

let corpora: ReaderCorporaSession;

beforeAll(async () => {
  corpora = await startReaderCorpora();
});
afterAll(() => corpora?.close());
afterEach(() => expectClean(corpora.session));

describe('a corpus file imported in the options page', () => {
  let options: CorporaPage;

  beforeAll(async () => {
    options = await corpora.openOptions();
  });
  afterAll(() => options?.page.close());

  it('is listed under its own id, enabled, with its counts', async () => {
    expect(await options.import([jsonFile('harbour.json', harbourCorpus)])).toBe('imported');
    const row = options.corpus(harbourCorpus.id);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-enabled')).toBe('true');
    expect(await row.textContent()).toContain('2 articles');
    expect(await options.alert.count()).toBe(0);
  });

  it("gives the article its statements as evidence, with a conflict on the bridge's cost", async () => {
    const { page, sidebar } = await corpora.openArticle();
    const evidence = await sidebar.readEvidence();
    const gazette = evidence.filter((e) => e.source.includes('Coastal Gazette'));
    expect(gazette.map((e) => e.text)).toContainEqual(expect.stringContaining('120 million dollars'));
    expect(gazette.filter((e) => e.stance === 'conflict').map((e) => e.text)).toContainEqual(
      expect.stringContaining('120 million'),
    );
    await page.close();
  });

  it('exports exactly the file that was imported', async () => {
    const { download, text } = await options.export(harbourCorpus.id);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(JSON.parse(text)).toEqual(harbourCorpus);
  });

  it('refuses a second corpus with the same id, naming it, and keeps the first', async () => {
    const twin = { ...harbourCorpus, name: 'Another harbour corpus' };
    expect(await options.import([jsonFile('twin.json', twin)])).toBe('refused');
    expect(await options.alert.textContent()).toContain('twin.json');
    expect(await options.alert.textContent()).toContain(harbourCorpus.id);
    expect(await options.corpus(harbourCorpus.id).locator('[data-testid="corpus-name"]').textContent()).toBe(
      harbourCorpus.name,
    );
  });

  it('switched off, its evidence leaves an open article without a reload; switched on, it comes back', async () => {
    const { page, sidebar } = await corpora.openArticle();
    expect(await sourcesOf(sidebar)).toContainEqual(expect.stringContaining('Coastal Gazette'));
    await options.setEnabled(harbourCorpus.id, false);
    await expect
      .poll(() => sourcesOf(sidebar), { timeout: SETTLE_TIMEOUT_MS })
      .not.toContainEqual(expect.stringContaining('Coastal Gazette'));
    expect(await sidebar.waitForState(SETTLED, SETTLE_TIMEOUT_MS)).toBe('ready');

    const fresh = await corpora.openArticle();
    expect(await sourcesOf(fresh.sidebar)).not.toContainEqual(expect.stringContaining('Coastal Gazette'));
    await fresh.page.close();

    await options.setEnabled(harbourCorpus.id, true);
    await expect
      .poll(() => sourcesOf(sidebar), { timeout: SETTLE_TIMEOUT_MS })
      .toContainEqual(expect.stringContaining('Coastal Gazette'));
    await page.close();
  });

  it('deleted, it leaves the list and the evidence at once, and undo brings it back', async () => {
    const { page, sidebar } = await corpora.openArticle();
    await options.corpus(harbourCorpus.id).locator('[data-testid="corpus-delete"]').click();
    await expect.poll(() => options.ids()).toEqual([BUNDLED_ID]);
    await expect
      .poll(() => sourcesOf(sidebar), { timeout: SETTLE_TIMEOUT_MS })
      .not.toContainEqual(expect.stringContaining('Coastal Gazette'));
    expect(await options.status.textContent()).toContain(`Deleted “${harbourCorpus.name}”`);

    await options.page.locator('[data-testid="undo-delete"]').click();
    await expect.poll(() => options.ids()).toEqual([BUNDLED_ID, harbourCorpus.id]);
    await expect
      .poll(() => sourcesOf(sidebar), { timeout: SETTLE_TIMEOUT_MS })
      .toContainEqual(expect.stringContaining('Coastal Gazette'));
    await page.close();
  });

  it('the bundled corpus can be switched off but offers no delete', async () => {
    const bundled = options.corpus(BUNDLED_ID);
    expect(await bundled.locator('[data-testid="corpus-delete"]').count()).toBe(0);
    expect(await bundled.locator('[data-testid="corpus-enabled"]').isEnabled()).toBe(true);
  });

  it('is still there, with its state, after the options page reloads and the service worker restarts', async () => {
    await options.setEnabled(BUNDLED_ID, false);
    await options.page.reload();
    await options.corpora.first().waitFor();
    expect(await options.ids()).toEqual([BUNDLED_ID, harbourCorpus.id]);
    expect(await options.corpus(BUNDLED_ID).getAttribute('data-enabled')).toBe('false');

    // Chrome stops an idle service worker whenever it likes; everything it held in memory is then gone.
    const cdp = await corpora.session.context.newCDPSession(options.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    const { page, sidebar } = await corpora.openArticle();
    const sources = await sourcesOf(sidebar);
    expect(sources).toContainEqual(expect.stringContaining('Coastal Gazette'));
    expect(sources).not.toContainEqual(expect.stringContaining('CNN'));
    await options.setEnabled(BUNDLED_ID, true);
    await page.close();
  });
});

describe('"Add this page to a corpus" in the popup', () => {
  it('puts the checked article into a new corpus the options page then lists and exports', async () => {
    const { page } = await corpora.openArticle();
    const tabId = await corpora.session.tabId(page);
    const popup = await corpora.session.context.newPage();
    await popup.goto(corpora.session.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('[data-testid="add-target"]').waitFor();
    await popup.locator('[data-testid="add-target"]').selectOption({ label: 'New corpus…' });
    await popup.locator('[data-testid="add-new-name"]').fill('Bridges I read');
    await popup.locator('[data-testid="add-page"]').click();
    await expect
      .poll(() => popup.locator('[role="status"]').textContent())
      .toContain('Made “Bridges I read”');

    const options = await corpora.openOptions();
    const row = options.page.locator('[data-testid="corpus"]', { hasText: 'Bridges I read' });
    expect(await row.textContent()).toContain('1 article');
    const id = (await row.getAttribute('data-corpus-id')) ?? '';
    const { text } = await options.export(id);
    expect(JSON.parse(text).articles).toEqual([
      expect.objectContaining({
        url: corpora.server.url(ARTICLE_PATH),
        title: 'Port Elsby bridge opens',
        source: '127.0.0.1',
      }),
    ]);

    await popup.reload();
    await popup.locator('[data-testid="add-target"]').selectOption({ label: 'Bridges I read' });
    await popup.locator('[data-testid="add-page"]').click();
    await expect
      .poll(() => popup.locator('[role="alert"]').textContent())
      .toContain('already in “Bridges I read”');
    await Promise.all([popup.close(), page.close(), options.page.close()]);
  });
});
