import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectClean } from './support/expect-clean';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type ExtensionSession, launchExtension } from './support/launch-extension';
import { FIXTURES_DIR } from './support/paths';
import { SidebarPage } from './support/sidebar-page';

/** Every saved page from a real site (test/fixtures/pages/<slug>/source.html): news, wikis, blogs, other languages. */
const SLUGS = readdirSync(join(FIXTURES_DIR, 'pages')).filter((slug) =>
  existsSync(join(FIXTURES_DIR, 'pages', slug, 'source.html')),
);
/** "A few seconds" from the page's DOMContentLoaded to a verdict, on pages of up to ~400 KB. */
const SETTLE_TIMEOUT_MS = 5_000;

describe('saved real pages', () => {
  let server: FixtureServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  // The pages' own scripts and third-party requests fail here, as nothing else is reachable: only the
  // extension's errors and requests count.
  afterEach(() => expectClean(session, 'extension'));

  it('has saved pages to open', () => expect(SLUGS.length).toBeGreaterThanOrEqual(5));

  for (const slug of SLUGS) {
    it(`${slug} settles to ready or not-article`, async () => {
      session.clearRecords();
      const page = await session.context.newPage();
      await page.goto(server.url(`/pages/${slug}/source.html`), { waitUntil: 'domcontentloaded' });
      const state = await new SidebarPage(page).waitForState(
        ['ready', 'not-article', 'error'],
        SETTLE_TIMEOUT_MS,
      );
      expect(['ready', 'not-article']).toContain(state);
      await page.close();
    });
  }
});
