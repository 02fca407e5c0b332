import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_HTML_CHARS } from '../../lib/extension/messages';
import { createListener } from '../../lib/extension/messaging';

const article = { title: 'T', url: 'https://news.example/a', site: 'news.example', text: 'One. Two.' };
const messages = {
  readPage: { type: 'readPage', data: { html: '<html><body><p>One.</p></body></html>', url: article.url } },
  analyze: { type: 'analyze', data: { article, extractMs: 1 } },
  listCorpora: { type: 'listCorpora', data: null },
  bundledCorpusFile: { type: 'bundledCorpusFile', data: null },
  addPageToCorpus: { type: 'addPageToCorpus', data: { tabId: 4, corpusId: null, newName: 'Mine' } },
};

type Sender = Parameters<ReturnType<typeof createListener>>[1];
/** The content script of a tab showing a web page. */
const contentScript = (): Sender => ({ id: browser.runtime.id, tab: { id: 4 } as never, url: article.url });
/** The popup or the options page. */
const extensionPage = (): Sender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

function backgroundListener() {
  const handlers = {
    readPage: vi.fn(() => null),
    analyze: vi.fn(() => 'report'),
    listCorpora: vi.fn(() => []),
    bundledCorpusFile: vi.fn(() => 'file'),
    addPageToCorpus: vi.fn(() => 'added'),
  };
  const listener = createListener('background', handlers as never);
  const send = (raw: unknown, sender: Sender) =>
    new Promise<unknown>((resolve) => {
      if (listener(raw, sender, resolve) !== true) resolve('ignored');
    });
  return { handlers, send };
}

describe('who may send what to the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it("answers a content script's request to check its page", async () => {
    const { handlers, send } = backgroundListener();
    expect(await send(messages.analyze, contentScript())).toEqual({ ok: true, value: 'report' });
    expect(handlers.analyze).toHaveBeenCalledOnce();
  });

  it("answers a content script's request to read its page", async () => {
    const { handlers, send } = backgroundListener();
    expect(await send(messages.readPage, contentScript())).toEqual({ ok: true, value: null });
    expect(handlers.readPage).toHaveBeenCalledOnce();
  });

  it.each(['listCorpora', 'bundledCorpusFile', 'addPageToCorpus'] as const)(
    'ignores %s from inside a web page, answers it from the extension',
    async (type) => {
      const { handlers, send } = backgroundListener();
      expect(await send(messages[type], contentScript())).toBe('ignored');
      expect(handlers[type]).not.toHaveBeenCalled();
      expect(await send(messages[type], extensionPage())).toMatchObject({ ok: true });
      expect(handlers[type]).toHaveBeenCalledOnce();
    },
  );

  it('ignores every message from another extension or from no extension at all', async () => {
    const { handlers, send } = backgroundListener();
    for (const message of Object.values(messages)) {
      expect(await send(message, { ...extensionPage(), id: 'another-extension' })).toBe('ignored');
      expect(await send(message, { url: article.url })).toBe('ignored');
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('ignores forged shapes: extra types, prototype keys, wrong data, oversized fields', async () => {
    const { handlers, send } = backgroundListener();
    const forged = [
      { type: '__proto__', data: null },
      { type: 'constructor', data: null },
      { type: 'analyze', data: { article: { ...article, text: { length: 3 } }, extractMs: 1 } },
      { type: 'analyze', data: { article: { ...article, title: 'x'.repeat(10_001) }, extractMs: 1 } },
      { type: 'analyze', data: { article, extractMs: Number.NaN } },
      { type: 'readPage', data: { html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1), url: article.url } },
      { type: 'readPage', data: { html: ['<p>'], url: article.url } },
      { type: 'readPage', data: { html: '<p>One.</p>' } },
      { type: 'addPageToCorpus', data: { tabId: 1.5, corpusId: null, newName: 'Mine' } },
      { type: 'addPageToCorpus', data: { tabId: 4, corpusId: ['a'], newName: null } },
      JSON.stringify(messages.listCorpora),
      [messages.listCorpora],
      undefined,
    ];
    for (const message of forged) expect(await send(message, extensionPage())).toBe('ignored');
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });
});
