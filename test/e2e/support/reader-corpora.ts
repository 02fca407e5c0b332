import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CorporaPage } from './corpora-page';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type ExtensionSession, launchExtension } from './launch-extension';
import { SidebarPage, type SidebarState } from './sidebar-page';

/** Headroom for a slow CI machine; checking a short article takes well under a second. */
export const SETTLE_TIMEOUT_MS = 15_000;
export const SETTLED: SidebarState[] = ['ready', 'not-article', 'error'];
export const BUNDLED_ID = 'bundled-seeds';

/** A corpus of the reader's own: two outlets disagreeing about a bridge, and an article that repeats one. */
export const harbourCorpus = {
  format: 'crosscheck.corpus',
  version: 1,
  id: 'harbour-e2e',
  name: 'Harbour reports',
  description: 'Two reports on the same harbour bridge.',
  createdAt: '2024-03-02T10:00:00.000Z',
  articles: [
    {
      id: 'bridge-opens',
      title: 'Harbour bridge opens to traffic',
      source: 'Coastal Gazette',
      url: 'https://gazette.example/bridge-opens',
      published: '2024-03-01',
      text: [
        'The harbour bridge in Port Elsby was opened by its mayor on a windy Friday morning.',
        'Mayor Alice Brandt said the harbour bridge cost 120 million dollars to build.',
        'Engineers spent four years on the project, which storms delayed twice.',
        'The bridge carries four lanes of traffic as well as a separate cycle path.',
      ].join('\n\n'),
    },
    {
      id: 'ferry-ends',
      title: 'Ferry service to end',
      source: 'Harbour Herald',
      url: null,
      published: null,
      text: 'The Port Elsby ferry company will stop its harbour crossing service at the end of April, its director said.',
    },
  ],
};

export const ARTICLE_PATH = '/reader-corpora/bridge.html';
const ARTICLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port Elsby bridge opens</title></head>
<body><article><h1>Port Elsby's harbour bridge opens</h1>
<p>The new harbour bridge in Port Elsby opened to traffic on Friday after four years of construction work, city officials said.</p>
<p>Mayor Alice Brandt said the harbour bridge cost 150 million dollars to build, far more than first planned.</p>
<p>Commuters lined up before dawn to be among the first to cross the span, which links the old town with the container port.</p>
<p>The city expects about twenty thousand vehicles a day to use the bridge once the access roads are finished later this year.</p>
<p>Local shop owners said they hoped the new crossing would bring more visitors to the waterfront district during the summer season.</p>
</article></body></html>`;

export const fixtureInput = (name: string) =>
  readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url), 'utf8');

export const sourcesOf = async (sidebar: SidebarPage) => (await sidebar.readEvidence()).map((e) => e.source);

export interface ReaderCorporaSession {
  server: FixtureServer;
  session: ExtensionSession;
  openOptions(): Promise<CorporaPage>;
  /** Opens the bridge article (which the harbour corpus speaks about) and waits for its check. */
  openArticle(): Promise<{ page: Page; sidebar: SidebarPage }>;
  close(): Promise<void>;
}

/** One browser with the extension, the fixture server, and the bridge article served at its address. */
export async function startReaderCorpora(): Promise<ReaderCorporaSession> {
  const server = await startFixtureServer();
  const session = await launchExtension();
  // The article is served at the fixture server's address, so the content script treats it as any page.
  await session.context.route(server.url(ARTICLE_PATH), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE_HTML }),
  );
  return {
    server,
    session,
    async openOptions() {
      const options = new CorporaPage(await session.context.newPage());
      await options.open(session.extensionUrl('options.html'));
      return options;
    },
    async openArticle() {
      const page = await session.context.newPage();
      await page.goto(server.url(ARTICLE_PATH));
      const sidebar = new SidebarPage(page);
      expect(await sidebar.waitForState(SETTLED, SETTLE_TIMEOUT_MS)).toBe('ready');
      return { page, sidebar };
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}
