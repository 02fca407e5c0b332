import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';

/** The extension API as seen inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof Browser;

/**
 * Stops every service worker of the extension's origin through the DevTools protocol, as Chrome does to an
 * idle or misbehaving worker. The protocol's ServiceWorker domain works from a page of the same origin, so
 * `extensionPage` must be one of the extension's own pages.
 */
export async function stopServiceWorkers(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/**
 * Makes the worker take `ms` over every check: a second listener that holds the worker's thread after the
 * real one has started its answer. It lives only as long as this worker; a restarted worker is the plain one.
 */
export async function slowDownChecks(worker: Worker, ms: number): Promise<void> {
  await worker.evaluate((holdMs) => {
    chrome.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown })?.type !== 'analyze') return undefined;
      const until = Date.now() + holdMs;
      while (Date.now() < until) {
        // Busy on purpose: the check is "in progress" for as long as this runs.
      }
      return undefined;
    });
  }, ms);
}
