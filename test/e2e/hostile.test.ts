import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorporaPage, jsonFile } from './support/corpora-page';
import { useExtensionSuite } from './support/extension-suite';
import { activeElementsInSidebar, settleWhileProbing } from './support/responsiveness';
import { SidebarPage, type SidebarState } from './support/sidebar-page';

const SETTLED: SidebarState[] = ['ready', 'not-article', 'error'];
/** Generous: the giant pages take the browser itself seconds to build and lay out. */
const SETTLE_TIMEOUT_MS = 45_000;
/** A page the reader can still scroll and click answers a trivial script within this. */
const RESPONSIVE_MS = 1_000;

const hostileCorpus = JSON.parse(
  readFileSync(new URL('../fixtures/hostile/injection-corpus.json', import.meta.url), 'utf8'),
) as { id: string; articles: { url: string | null }[] };

const suite = useExtensionSuite();

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe('script and markup in page text, titles and corpus text', () => {
  let options: CorporaPage;
  let page: Page;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    options = new CorporaPage(await suite.session.context.newPage());
    await options.open(suite.session.extensionUrl('options.html'));
  });
  afterAll(async () => {
    await options?.page.close();
    await page?.close();
  });

  it('imports a corpus full of markup and lists its name as text', async () => {
    expect(await options.import([jsonFile('hostile.json', hostileCorpus)])).toBe('imported');
    const row = options.corpus(hostileCorpus.id);
    expect(await row.textContent()).toContain('<img src=x onerror=');
    expect(await row.locator('img, script').count()).toBe(0);
    expect(await pwned(options.page)).toBeUndefined();
  });

  it('refuses a corpus whose article links to a javascript: address', async () => {
    const withScriptLink = {
      ...hostileCorpus,
      id: 'hostile-link',
      articles: hostileCorpus.articles.map((article) => ({
        ...article,
        url: "javascript:window.__pwned='url'",
      })),
    };
    expect(await options.import([jsonFile('hostile-link.json', withScriptLink)])).toBe('refused');
    expect(await options.ids()).not.toContain('hostile-link');
  });

  it('checks the page and shows page and corpus markup as inert text', async () => {
    page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/hostile/injection.html'));
    sidebar = new SidebarPage(page);
    expect(await sidebar.waitForState(SETTLED, SETTLE_TIMEOUT_MS)).toBe('ready');
    await sidebar.setOpen(true);
    const evidence = await sidebar.readEvidence();
    // The corpus's markup is shown as the characters it is made of, in the statement and its source.
    const fromCorpus = evidence.filter((item) => item.source.includes('Gazette'));
    expect(fromCorpus.length).toBeGreaterThan(0);
    expect(fromCorpus.some((item) => item.text.includes('<img src=x onerror='))).toBe(true);
    expect(fromCorpus.every((item) => item.source.includes('<img src=x onerror='))).toBe(true);
    // So is the page's: its claims keep the escaped tags it shows the reader.
    const claims = await sidebar.page.evaluate(() =>
      [
        ...(document
          .querySelector('crosscheck-sidebar')
          ?.shadowRoot?.querySelectorAll('[data-testid="claim-text"]') ?? []),
      ].map((claim) => claim.textContent ?? ''),
    );
    expect(claims.some((claim) => claim.includes('<img src=x onerror='))).toBe(true);
    expect(await activeElementsInSidebar(page)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();
  });

  it('keeps the sidebar visible and styled despite the page CSS aimed at it', async () => {
    const claim = sidebar.claims.first();
    expect(await claim.isVisible()).toBe(true);
    const style = await claim.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { color: computed.color, fontSize: computed.fontSize };
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.fontSize).not.toBe('2px');
  });
});

describe('pages built to wear the extension down', () => {
  // Pages past the size limits of `extractArticle` are left alone as not articles; the rest are read.
  const cases: [string, string, SidebarState][] = [
    ['about 20 MB of text', '/hostile/huge-text.html', 'not-article'],
    ['100,000 paragraphs', '/hostile/many-paragraphs.html', 'not-article'],
    ['2,000 levels of nested markup', '/hostile/deep-nesting.html', 'not-article'],
    ['forty frames with articles of their own', '/hostile/frames.html', 'ready'],
  ];

  it.each(cases)('a page with %s settles and stays responsive', async (_, path, expected) => {
    const page = await suite.session.context.newPage();
    try {
      await page.goto(suite.server.url(path), { timeout: SETTLE_TIMEOUT_MS });
      const sidebar = new SidebarPage(page);
      const watch = await settleWhileProbing(page, sidebar, SETTLED, SETTLE_TIMEOUT_MS);
      expect(watch.state).toBe(expected);
      expect(watch.worstAnswerMs).toBeLessThan(RESPONSIVE_MS);
    } finally {
      await page.close();
    }
  });

  it('a page that rewrites itself every 100 ms settles and stays responsive', async () => {
    const page = await suite.session.context.newPage();
    try {
      await page.goto(suite.server.url('/hostile/rewrites.html'));
      const sidebar = new SidebarPage(page);
      const first = await settleWhileProbing(page, sidebar, SETTLED, SETTLE_TIMEOUT_MS);
      expect(first.state).toBe('ready');
      expect(first.worstAnswerMs).toBeLessThan(RESPONSIVE_MS);
      // Keep watching while the page goes on changing: the extension must keep up without hogging it.
      let worst = 0;
      for (let probe = 0; probe < 30; probe += 1) {
        const asked = performance.now();
        await page.evaluate(() => 1);
        worst = Math.max(worst, performance.now() - asked);
        await page.waitForTimeout(100);
      }
      expect(worst).toBeLessThan(RESPONSIVE_MS);
      expect(await sidebar.waitForState(SETTLED, SETTLE_TIMEOUT_MS)).toBe('ready');
    } finally {
      await page.close();
    }
  });
});
