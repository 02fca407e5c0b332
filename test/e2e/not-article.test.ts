import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectClean } from './support/expect-clean';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { SidebarPage } from './support/sidebar-page';

/** Deciding that a page is not an article takes one Readability pass; the rest is headroom. */
const SETTLE_TIMEOUT_MS = 15_000;

describe('a news home page (headlines only)', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let page: Page;
  let sidebar: SidebarPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
    page = await session.context.newPage();
    await page.goto(server.url('/news/'));
    sidebar = new SidebarPage(page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => expectClean(session));

  it('is recognised as not an article', async () => {
    expect(await sidebar.waitForState(['ready', 'not-article', 'error'], SETTLE_TIMEOUT_MS)).toBe(
      'not-article',
    );
    expect(await sidebar.host.count()).toBe(1);
  });

  it('shows nothing and leaves the badge empty', async () => {
    expect(await sidebar.visibleBoxes()).toEqual([]);
    expect(await session.badgeText(page)).toBe('');
  });
});
