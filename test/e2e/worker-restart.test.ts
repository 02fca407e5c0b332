import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectClean } from './support/expect-clean';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { SidebarPage } from './support/sidebar-page';
import { slowDownChecks, stopServiceWorkers } from './support/stop-worker';

/** How long the first worker is kept busy with the check: far longer than the test waits to stop it. */
const HOLD_MS = 20_000;
/** Time for the content script's message to reach the busy worker before it is stopped. */
const REACH_WORKER_MS = 500;
const SETTLE_TIMEOUT_MS = 15_000;

describe('the service worker stopped in the middle of a check', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let extensionPage: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
    extensionPage = await session.context.newPage();
    await extensionPage.goto(session.extensionUrl('popup.html'));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  afterEach(() => expectClean(session));

  it('finishes the check in a fresh worker', async () => {
    const first = await session.serviceWorker();
    await slowDownChecks(first, HOLD_MS);
    const page = await session.context.newPage();
    await page.goto(server.url('/news/cnn-seed.html'));
    const sidebar = new SidebarPage(page);
    expect(await sidebar.waitForState(['loading'], SETTLE_TIMEOUT_MS)).toBe('loading');
    await page.waitForTimeout(REACH_WORKER_MS);

    const started = performance.now();
    await stopServiceWorkers(session.context, extensionPage);
    expect(await sidebar.waitForState(['ready', 'error'], SETTLE_TIMEOUT_MS)).toBe('ready');
    // Well before the busy worker would have let go: the answer came from another worker.
    expect(performance.now() - started).toBeLessThan(HOLD_MS / 2);
    expect((await sidebar.summaryCounts()).claims).toBeGreaterThan(0);
    expect(await session.badgeText(page)).not.toBe('');
  });
});
