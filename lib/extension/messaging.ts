/**
 * Sends and receives the messages of `messages.ts`. Every reply is a `Result`: a failed send (no listener,
 * a closed tab, a browser page without content script) comes back as `{ ok: false }`, never as a throw.
 */
import { type Browser, browser } from 'wxt/browser';
import {
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

async function settle<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const reply = await send();
    return isResult(reply) ? (reply as Result<T>) : fail('no answer');
  } catch (error) {
    return fail(errorText(error));
  }
}

export function sendToBackground<K extends keyof ToBackground>(
  type: K,
  data: Message<ToBackground, K>['data'],
): Promise<Result<Reply<ToBackground, K>>> {
  return settle(() => browser.runtime.sendMessage({ type, data }));
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

/**
 * The `runtime.onMessage` listener for one direction. Messages from anywhere but this extension, and
 * messages of the other direction or of the wrong shape, are left unanswered, as if nobody listened.
 */
export function createListener<D extends Direction>(direction: D, handlers: Handlers<ProtocolOf<D>>) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: Result<unknown>) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseMessage(direction, raw);
    if (!message) return undefined;
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
