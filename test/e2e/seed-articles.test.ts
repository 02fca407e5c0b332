import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from './support/extension-suite';
import { saveScreenshot } from './support/screenshots';
import {
  type Box,
  type EvidenceView,
  SidebarPage,
  type SidebarState,
  unionBox,
} from './support/sidebar-page';

/** Checking a seed article takes well under a second; the rest is headroom for a slow CI machine. */
const SETTLE_TIMEOUT_MS = 15_000;
const SETTLED: SidebarState[] = ['ready', 'not-article', 'error'];

const suite = useExtensionSuite();

/** Opens a fixture in a fresh tab and waits for the sidebar to settle. */
async function openArticle(path: string): Promise<{ page: Page; sidebar: SidebarPage; state: SidebarState }> {
  const page = await suite.session.context.newPage();
  await page.goto(suite.server.url(path));
  const sidebar = new SidebarPage(page);
  return { page, sidebar, state: await sidebar.waitForState(SETTLED, SETTLE_TIMEOUT_MS) };
}

/** How many claims have at least one evidence of each stance, counted from what the sidebar shows. */
function countFromDom(evidence: EvidenceView[]) {
  const claimsWith = (stance: string) =>
    new Set(evidence.filter((e) => e.stance === stance).map((e) => e.claimId)).size;
  return { agree: claimsWith('agree'), conflict: claimsWith('conflict'), related: claimsWith('related') };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('the CNN seed article', () => {
  let page: Page;
  let sidebar: SidebarPage;
  let state: SidebarState;
  let evidence: EvidenceView[];

  beforeAll(async () => {
    ({ page, sidebar, state } = await openArticle('/news/cnn-seed.html'));
    evidence = await sidebar.readEvidence();
  });
  afterAll(() => page?.close());

  it('is checked: the sidebar reaches ready', () => {
    expect(state).toBe('ready');
    expect(evidence.length).toBeGreaterThan(0);
  });

  it("finds the wire report's statements that no formal meeting took place, as agreeing", () => {
    const agreeing = evidence.filter((e) => e.stance === 'agree').map((e) => e.text);
    expect(agreeing).toContainEqual(
      expect.stringMatching(/did not have a formal meeting|formal meeting never happened/),
    );
  });

  it("finds the Kremlin's account that the two met, as conflicting, with a reason", () => {
    const conflicting = evidence.filter((e) => e.stance === 'conflict');
    expect(conflicting.map((e) => e.text)).toContainEqual(
      expect.stringContaining('The Kremlin released a statement'),
    );
    for (const item of conflicting) expect(item.reasons.join(' ').trim(), item.text).not.toBe('');
  });

  it('never cites the article being read as its own evidence', () => {
    expect(evidence.map((e) => e.source).filter((source) => /CNN/i.test(source))).toEqual([]);
    expect(evidence.every((e) => e.source.trim() !== '')).toBe(true);
  });

  it('summarises exactly what it shows', async () => {
    const summary = await sidebar.summaryCounts();
    const { claims, ...stances } = summary;
    expect(stances).toEqual(countFromDom(evidence));
    expect(claims).toBeGreaterThanOrEqual(await sidebar.claims.count());
    const claimIds = await sidebar.claims.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-claim-id')),
    );
    expect(new Set(claimIds).size).toBe(claimIds.length);
  });

  it('counts the conflicts on the toolbar badge', async () => {
    const { conflict } = await sidebar.summaryCounts();
    expect(conflict).toBeGreaterThan(0);
    expect(await suite.session.badgeText(page)).toBe(String(conflict));
  });

  it('starts collapsed to a handle beside the article, and the toggle opens it without covering the article', async () => {
    const article = await page.locator('article').boundingBox();
    if (!article) throw new Error('the fixture has no visible <article>');
    const articleBox = {
      left: article.x,
      top: article.y,
      right: article.x + article.width,
      bottom: article.y + article.height,
    };

    expect(await sidebar.isOpen()).toBe(false);
    const handle = await sidebar.visibleBoxes();
    expect(handle.length, 'the collapsed handle is visible').toBeGreaterThan(0);
    expect(handle.filter((box) => overlaps(box, articleBox))).toEqual([]);

    await sidebar.setOpen(true);
    await expect.poll(() => sidebar.isOpen()).toBe(true);
    const panel = unionBox(await sidebar.visibleBoxes());
    const articleNow = await page.locator('article').boundingBox();
    expect(panel, 'the open panel is visible').not.toBeNull();
    expect(articleNow).not.toBeNull();
    if (panel && articleNow) expect(articleNow.x + articleNow.width).toBeLessThanOrEqual(panel.left);
    await expect.poll(() => sidebar.claims.first().isVisible()).toBe(true);
    await saveScreenshot(page, 'sidebar');

    await sidebar.setOpen(false);
    expect(await sidebar.isOpen()).toBe(false);
  });
});

describe('the wire seed article', () => {
  let page: Page;
  let state: SidebarState;
  let evidence: EvidenceView[];

  beforeAll(async () => {
    let sidebar: SidebarPage;
    ({ page, sidebar, state } = await openArticle('/news/wire-seed.html'));
    evidence = await sidebar.readEvidence();
  });
  afterAll(() => page?.close());

  it('is checked against the CNN report and not against itself', () => {
    expect(state).toBe('ready');
    const sources = evidence.map((e) => e.source);
    expect(sources).toContainEqual(expect.stringContaining('CNN'));
    expect(sources.filter((source) => /wire/i.test(source))).toEqual([]);
  });
});
