/**
 * Sends and receives the messages of `messages.ts`. Every reply is a `Result`: a failed send (no listener,
 * a closed tab, a browser page without content script) comes back as `{ ok: false }`, never as a throw.
 */
import { type Browser, browser } from 'wxt/browser';
import {
  CONTENT_SCRIPT_MESSAGES,
  type Direction,
  fail,
  isResult,
  type Message,
  type ProtocolOf,
  parseMessage,
  type Reply,
  type Result,
  type ToBackground,
  type ToContent,
} from './messages';

type Sender = Browser.runtime.MessageSender;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function settle<T>(send: () => Promise<unknown>, attempts = 1): Promise<Result<T>> {
  let outcome: Result<T>;
  try {
    const reply = await send();
    if (isResult(reply)) return reply as Result<T>;
    outcome = fail('no answer');
  } catch (error) {
    outcome = fail(errorText(error));
  }
  return attempts > 1 ? settle(send, attempts - 1) : outcome;
}

/**
 * Messages that change nothing, so sending one twice does no harm. Chrome stops an MV3 worker when it
 * likes (idle, updated, out of memory) and a message it was answering then comes back unanswered or
 * fails with "message port closed"; sent again, the message wakes a fresh worker. Adding a page to a
 * corpus is not sent twice: the first may have been stored before the worker stopped.
 */
const RESENT_ONCE: ReadonlySet<keyof ToBackground> = new Set([
  'readPage',
  'analyze',
  'listCorpora',
  'bundledCorpusFile',
]);

export function sendToBackground<K extends keyof ToBackground>(
  type: K,
  data: Message<ToBackground, K>['data'],
): Promise<Result<Reply<ToBackground, K>>> {
  return settle(() => browser.runtime.sendMessage({ type, data }), RESENT_ONCE.has(type) ? 2 : 1);
}

export function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  data: Message<ToContent, K>['data'],
): Promise<Result<Reply<ToContent, K>>> {
  return settle(() => browser.tabs.sendMessage(tabId, { type, data }));
}

export type Handlers<P> = {
  [K in keyof P]: (data: Message<P, K>['data'], sender: Sender) => Reply<P, K> | Promise<Reply<P, K>>;
};

/** Sent by a content script, from inside a web page, rather than by one of the extension's own pages. */
const fromWebPage = (sender: Sender) =>
  sender.url !== undefined && !sender.url.startsWith(browser.runtime.getURL('/'));

/**
 * The `runtime.onMessage` listener for one direction. Messages from anywhere but this extension, messages
 * of the other direction or of the wrong shape, and corpus messages sent from inside a web page are left
 * unanswered, as if nobody listened.
 */
export function createListener<D extends Direction>(direction: D, handlers: Handlers<ProtocolOf<D>>) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: Result<unknown>) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(direction, raw);
    if (!message) return undefined;
    if (
      direction === 'background' &&
      fromWebPage(sender) &&
      !CONTENT_SCRIPT_MESSAGES.has(String(message.type))
    )
      return undefined;
    const handler = handlers[message.type] as (data: unknown, sender: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse(fail(errorText(error))),
      );
    // Keeps the channel open for the asynchronous answer (Chrome does not take a returned promise everywhere).
    return true;
  };
}

/** Registers the handlers for one direction; returns the function that unregisters them. */
export function listen<D extends Direction>(direction: D, handlers: Handlers<ProtocolOf<D>>): () => void {
  const listener = createListener(direction, handlers);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
