import type { BrowserContext, ConsoleMessage, Page, Request, Worker } from 'playwright-core';

/** An uncaught exception or a console error, from a page, an extension page or the service worker. */
export interface BrowserError {
  /** The page or worker it happened in. */
  where: string;
  text: string;
  /** Raised by the extension's own code (content script, service worker, extension page). */
  fromExtension: boolean;
}

/** A request that would have left the machine; it was aborted before it did. */
export interface OffsiteRequest {
  url: string;
  /** Whose request it was: the page's own or the extension's service worker / pages. */
  initiator: string;
  fromExtension: boolean;
}

export interface BrowserRecorder {
  errors: BrowserError[];
  offsiteRequests: OffsiteRequest[];
  /** Forget what was recorded so far (between pages of a smoke run). */
  clearRecords(): void;
}

const EXTENSION_SCHEME = 'chrome-extension:';
const LOCAL_SCHEMES = new Set([EXTENSION_SCHEME, 'data:', 'blob:', 'about:', 'chrome:']);

/** Only the fixture server and the extension itself may be reached; nothing else exists for these tests. */
export function isLocal(url: URL): boolean {
  return LOCAL_SCHEMES.has(url.protocol) || url.hostname === '127.0.0.1';
}

/**
 * Watches every page and worker of the context: errors are collected, and every request that is not
 * to 127.0.0.1 or the extension is recorded and aborted, so a stray request fails a test instead of
 * waiting on a network that is not there.
 */
export async function recordBrowser(context: BrowserContext): Promise<BrowserRecorder> {
  const errors: BrowserError[] = [];
  const offsiteRequests: OffsiteRequest[] = [];

  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => {
      const text = error.stack ?? String(error);
      errors.push({
        where: page.url(),
        text,
        fromExtension: isExtensionUrl(page.url()) || mentionsExtension(text),
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      errors.push({
        where: page.url(),
        text: describe(message),
        fromExtension: isExtensionMessage(page, message),
      });
    });
  };
  const watchWorker = (worker: Worker) => {
    worker.on('console', (message) => {
      if (message.type() !== 'error') return;
      errors.push({
        where: worker.url(),
        text: describe(message),
        fromExtension: isExtensionUrl(worker.url()),
      });
    });
  };

  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  context.on('request', (request) => {
    if (isLocal(new URL(request.url()))) return;
    const initiator = initiatorOf(request);
    offsiteRequests.push({ url: request.url(), initiator, fromExtension: isExtensionUrl(initiator) });
  });
  await context.route(
    (url) => !isLocal(url),
    (route) => route.abort('blockedbyclient'),
  );

  return {
    errors,
    offsiteRequests,
    clearRecords() {
      errors.length = 0;
      offsiteRequests.length = 0;
    },
  };
}

function initiatorOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // Requests of workers other than service workers have no frame.
    return 'unknown';
  }
}

function isExtensionMessage(page: Page, message: ConsoleMessage): boolean {
  return (
    isExtensionUrl(page.url()) || isExtensionUrl(message.location().url) || mentionsExtension(message.text())
  );
}

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith(`${EXTENSION_SCHEME}//`);
}

function mentionsExtension(text: string): boolean {
  return text.includes(`${EXTENSION_SCHEME}//`);
}
