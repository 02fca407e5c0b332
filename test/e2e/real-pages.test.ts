import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectClean } from './support/expect-clean';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension, VIEWPORT } from './support/launch-extension';
import { FIXTURES_DIR } from './support/paths';
import { isLocal } from './support/record-browser';
import { SidebarPage } from './support/sidebar-page';

const PAGES_DIR = join(FIXTURES_DIR, 'pages');
/** Every saved page from a real site (test/fixtures/pages/<slug>/source.html): news, wikis, blogs, other languages. */
const SLUGS = readdirSync(PAGES_DIR).filter((slug) => existsSync(join(PAGES_DIR, slug, 'source.html')));
/** "A few seconds" from the page's DOMContentLoaded to a verdict, on pages of up to ~400 KB. */
const SETTLE_TIMEOUT_MS = 5_000;
/** Share of a page's letters outside the Latin script above which it is plainly not English. */
const NON_LATIN_SHARE = 0.5;

/** The language Readability's own test data records for a page, when it has one. */
function recordedLang(slug: string): string | null {
  const file = join(PAGES_DIR, slug, 'expected-metadata.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { lang?: string | null }).lang ?? null;
}

/**
 * What the extension must leave as it found it: the page's scripts and styles, the root and body styles
 * that lay it out, its scroll size and where its first heading and paragraph sit.
 */
function pageLayout(page: Page) {
  return page.evaluate(() => {
    const STYLE_KEYS = [
      'margin',
      'padding',
      'width',
      'overflow',
      'position',
      'transform',
      'font-size',
      'direction',
    ];
    const styleOf = (element: Element) => {
      const style = getComputedStyle(element);
      return STYLE_KEYS.map((key) => `${key}:${style.getPropertyValue(key)}`).join(';');
    };
    const boxOf = (element: Element | null) => {
      if (!element) return null;
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x + scrollX, y + scrollY, width, height].map(Math.round);
    };
    const pageOwn = (element: Element) => !element.closest('crosscheck-sidebar');
    return {
      // A script's query is left out: pages write scripts with a timestamp in it (`utrack.js?cb=<now>`).
      scripts: [...document.scripts]
        .filter(pageOwn)
        .map((script) => script.src.split('?')[0] || script.text.length),
      styles: [...document.querySelectorAll('style, link[rel="stylesheet"]')].filter(pageOwn).length,
      html: styleOf(document.documentElement),
      body: styleOf(document.body),
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      heading: boxOf(document.querySelector('h1')),
      paragraph: boxOf(document.querySelector('p')),
    };
  });
}

/** Language facts from the loaded page: its declared language and how much of its text is non-Latin. */
function pageLanguage(page: Page) {
  return page.evaluate(() => {
    const text = document.body.innerText;
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    return { lang: document.documentElement.lang, nonLatin: letters ? 1 - latin / letters : 0 };
  });
}

describe('saved real pages', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  /** A plain Chromium without the extension, cut off from everything but 127.0.0.1 the same way. */
  let plain: Browser;
  let plainContext: BrowserContext;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
    plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    plainContext = await plain.newContext({ viewport: VIEWPORT });
    await plainContext.route(
      (url) => !isLocal(url),
      (route) => route.abort('blockedbyclient'),
    );
  });
  afterAll(async () => {
    await plain?.close();
    await session?.close();
    await server?.close();
  });
  // The pages' own scripts and third-party requests fail here, as nothing else is reachable: only the
  // extension's errors and requests count.
  afterEach(() => expectClean(session, 'extension'));

  it('has saved pages to open', () => expect(SLUGS.length).toBeGreaterThanOrEqual(20));

  for (const slug of SLUGS) {
    it(`${slug} settles, leaves the page's layout alone and claims nothing in a language it cannot read`, async () => {
      session.clearRecords();
      const url = server.url(`/pages/${slug}/source.html`);
      const bare = await plainContext.newPage();
      await bare.goto(url, { waitUntil: 'load' });
      const before = await pageLayout(bare);
      await bare.close();

      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const sidebar = new SidebarPage(page);
      const state = await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS);
      expect(['ready', 'not-article']).toContain(state);
      expect(await pageLayout(page)).toEqual(before);

      const { lang, nonLatin } = await pageLanguage(page);
      const declared = lang || recordedLang(slug);
      const foreign =
        (declared !== null && declared !== '' && !/^en\b/i.test(declared)) || nonLatin > NON_LATIN_SHARE;
      if (foreign && state === 'ready') {
        expect((await sidebar.summaryCounts()).claims).toBe(0);
        await sidebar.setOpen(true);
        await expect.poll(() => sidebar.root.locator('[data-testid="unsupported"]').count()).toBe(1);
        expect(await sidebar.claims.count()).toBe(0);
      }
      await page.close();
    });
  }
});
