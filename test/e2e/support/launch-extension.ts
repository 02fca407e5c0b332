import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { EXTENSION_DIR } from './paths';
import { type BrowserRecorder, recordBrowser } from './record-browser';

/** The extension API as seen inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof Browser;

/** Debian's Chromium; playwright-core downloads no browser of its own here. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The size the screenshots are taken at and the layout checks are made against. */
export const VIEWPORT = { width: 1280, height: 800 };

export interface ExtensionSession extends BrowserRecorder {
  context: BrowserContext;
  extensionId: string;
  /** A page of the extension, e.g. `popup.html?tabId=3`. */
  extensionUrl(path: string): string;
  /** The extension's service worker (MV3 background). */
  serviceWorker(): Promise<Worker>;
  /** The browser's id for the tab showing `page`, as the extension sees it. */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge's text for the tab showing `page`. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded, in a throwaway profile, recording errors and requests. */
export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: \`apt-get install chromium\`, or set CHROMIUM_PATH.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      // Chromium's own traffic (updates, sync, QUIC probes) only floods a machine with no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const recorder = await recordBrowser(context);

  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find(isExtensionWorker) ??
    context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 });
  const extensionId = new URL((await serviceWorker()).url()).host;

  const tabId = async (page: Page): Promise<number> => {
    // Without the `tabs` permission the extension cannot read tab URLs or titles, so the tab is found
    // as the active one after bringing the page to the front.
    await page.bringToFront();
    const worker = await serviceWorker();
    const ids = await worker.evaluate(async () =>
      (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((tab) => tab.id),
    );
    if (ids.length !== 1 || typeof ids[0] !== 'number')
      throw new Error(`Expected one active tab, got ${ids}`);
    return ids[0];
  };

  return {
    ...recorder,
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    serviceWorker,
    tabId,
    async badgeText(page) {
      const id = await tabId(page);
      return (await serviceWorker()).evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id);
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}
