import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CNN_PARAGRAPHS, DEMO_PATHS, routeDemoPages, WIRE_PARAGRAPHS } from './support/demo-pages';
import { useExtensionSuite } from './support/extension-suite';
import { fold, HIGHLIGHT_NAMES, highlightTexts, listedClaims, waitForPlacement } from './support/highlights';
import { installProbes, readProbes } from './support/page-probes';
import { SidebarPage } from './support/sidebar-page';

/** A check of a seed article takes well under a second; the page's own delay and the debounce add about one. */
const SETTLE_TIMEOUT_MS = 15_000;

const suite = useExtensionSuite(async (s) => {
  await routeDemoPages(s.session.context, s.server.origin);
});

/** Whether the sidebar lists a claim whose text begins a paragraph of `paragraphs`. */
async function listsClaimsOf(page: Page, paragraphs: string[]): Promise<boolean> {
  const starts = paragraphs.map((p) => fold(p.replace(/&[a-z]+;/g, ' ')).slice(0, 40));
  const claims = await listedClaims(page);
  return claims.some((claim) => starts.some((start) => start.startsWith(fold(claim.text).slice(0, 40))));
}

const marked = async (page: Page) => {
  const texts = await highlightTexts(page);
  return HIGHLIGHT_NAMES.flatMap((name) => texts[name] ?? []).map(fold);
};

describe('a single-page site that changes article without a reload', () => {
  let page: Page;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    page = await suite.session.context.newPage();
    await installProbes(page);
    await page.goto(suite.server.url(DEMO_PATHS.spaCnn));
    sidebar = new SidebarPage(page);
    expect(await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS)).toBe('ready');
    await waitForPlacement(page);
  });
  afterAll(() => page?.close());

  it('checks the new article after history.pushState, in the same open sidebar', async () => {
    expect(await listsClaimsOf(page, CNN_PARAGRAPHS)).toBe(true);
    await sidebar.setOpen(true);
    const before = (await readProbes(page)).moments.length;
    await page.evaluate(
      (path) => (window as unknown as { spaGo: (p: string) => void }).spaGo(path),
      DEMO_PATHS.spaWire,
    );
    await expect.poll(() => listsClaimsOf(page, WIRE_PARAGRAPHS), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    await waitForPlacement(page);
    expect(await listsClaimsOf(page, CNN_PARAGRAPHS)).toBe(false);
    expect(await sidebar.isOpen()).toBe(true);

    const probes = await readProbes(page);
    expect(probes.hosts).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('crosscheck-sidebar').length)).toBe(1);
    // One pass through "loading" for the new article: no flicker of states, and the panel never closed.
    const after = probes.moments.slice(before);
    expect(after.filter((moment) => moment.state === 'loading')).toHaveLength(1);
    expect(after.every((moment) => moment.open === 'true')).toBe(true);
    // The marks follow: every marked text is a claim the sidebar lists now.
    const claims = (await listedClaims(page)).map((claim) => fold(claim.text));
    const now = await marked(page);
    expect(now.length).toBe(claims.length);
    for (const text of now) expect(claims).toContain(text);
    // The badge counts the new article's conflicts, and shows nothing when it has none.
    const { conflict } = await sidebar.summaryCounts();
    expect(await suite.session.badgeText(page)).toBe(conflict > 0 ? String(conflict) : '');
  });

  it('checks the previous article again on the way back (popstate)', async () => {
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(DEMO_PATHS.spaCnn);
    await expect.poll(() => listsClaimsOf(page, CNN_PARAGRAPHS), { timeout: SETTLE_TIMEOUT_MS }).toBe(true);
    await waitForPlacement(page);
    expect((await listedClaims(page)).every((claim) => claim.placed === 'true')).toBe(true);
    expect((await readProbes(page)).hosts).toBe(1);
  });
});

describe('an article its page renders again with the same text', () => {
  it('keeps every claim marked, on the new text nodes', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url(DEMO_PATHS.growing));
    const sidebar = new SidebarPage(page);
    expect(await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS)).toBe('ready');
    await waitForPlacement(page);
    const claims = (await listedClaims(page)).map((claim) => fold(claim.text)).sort();
    expect((await marked(page)).sort()).toEqual(claims);

    // As a framework does: the same markup, every node new (the old ranges collapse).
    await page.evaluate(() => {
      const article = document.querySelector('article') as HTMLElement;
      article.innerHTML = `${article.innerHTML}`;
    });
    await expect
      .poll(async () => (await marked(page)).sort(), { timeout: SETTLE_TIMEOUT_MS })
      .toEqual(claims);
    const live = await page.evaluate(() =>
      [...(CSS.highlights.get('crosscheck-agree') ?? [])].every(
        (range) => (range as Range).startContainer.isConnected,
      ),
    );
    expect(live).toBe(true);
    await page.close();
  });
});

describe('an article that loads more of its text later', () => {
  it('is checked again quietly: the report stays on screen and the new claims join it', async () => {
    const page = await suite.session.context.newPage();
    await installProbes(page);
    await page.goto(suite.server.url(DEMO_PATHS.growing));
    const sidebar = new SidebarPage(page);
    expect(await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS)).toBe('ready');
    await waitForPlacement(page);
    const first = await sidebar.summaryCounts();
    const before = (await readProbes(page)).moments.length;

    await page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    await expect
      .poll(async () => (await sidebar.summaryCounts()).claims, { timeout: SETTLE_TIMEOUT_MS })
      .toBeGreaterThan(first.claims);
    await waitForPlacement(page);

    const after = (await readProbes(page)).moments.slice(before);
    expect(after.map((moment) => moment.state).filter((state) => state !== 'ready')).toEqual([]);
    expect((await listedClaims(page)).every((claim) => claim.placed === 'true')).toBe(true);
    expect((await readProbes(page)).hosts).toBe(1);
    await page.close();
  });
});
