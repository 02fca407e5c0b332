import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isResult, parseMessage } from '../../lib/extension/messages';
import { createListener, sendToBackground, sendToTab } from '../../lib/extension/messaging';
import { targetTabId } from '../../lib/extension/tabs';
import { spyOnTabMessages } from './fake-tabs';

const article = { title: 'T', url: 'https://news.example/a', site: 'news.example', text: 'One. Two.' };
const analyze = { type: 'analyze', data: { article, extractMs: 12 } };

describe('parseMessage', () => {
  it('accepts a well-formed message of its direction', () => {
    expect(parseMessage('background', analyze)).toEqual(analyze);
    expect(parseMessage('content', { type: 'getPageStatus', data: null })).toEqual({
      type: 'getPageStatus',
      data: null,
    });
  });

  it('rejects messages of the other direction, unknown types and wrong shapes', () => {
    expect(parseMessage('content', analyze)).toBeNull();
    expect(parseMessage('background', { type: 'getPageStatus', data: null })).toBeNull();
    expect(parseMessage('background', { type: 'format-disk', data: null })).toBeNull();
    expect(
      parseMessage('background', {
        type: 'analyze',
        data: { article: { ...article, text: 42 }, extractMs: 1 },
      }),
    ).toBeNull();
    expect(parseMessage('background', { type: 'analyze', data: { article, extractMs: -1 } })).toBeNull();
    expect(parseMessage('background', 'analyze')).toBeNull();
    expect(parseMessage('background', null)).toBeNull();
  });

  it('rejects an article too long to be a page', () => {
    const huge = {
      type: 'analyze',
      data: { article: { ...article, text: 'a'.repeat(5_000_001) }, extractMs: 1 },
    };
    expect(parseMessage('background', huge)).toBeNull();
  });
});

describe('createListener', () => {
  const self = () => ({ id: browser.runtime.id, tab: { id: 3 } as never });
  const answered = (listener: ReturnType<typeof createListener>, raw: unknown, sender = self()) =>
    new Promise<unknown>((resolve) => {
      const kept = listener(raw, sender, resolve);
      if (kept !== true) resolve('ignored');
    });

  beforeEach(() => fakeBrowser.reset());

  it('answers a valid message with the handler value as a Result', async () => {
    const listCorpora = vi.fn(() => []);
    const listener = createListener('background', { analyze: vi.fn(), listCorpora } as never);
    expect(await answered(listener, { type: 'listCorpora', data: null })).toEqual({ ok: true, value: [] });
    expect(listCorpora).toHaveBeenCalledOnce();
  });

  it('turns a handler failure into an error Result', async () => {
    const listener = createListener('background', {
      readPage: vi.fn(),
      analyze: () => {
        throw new Error('boom');
      },
      listCorpora: vi.fn(),
      bundledCorpusFile: vi.fn(),
      addPageToCorpus: vi.fn(),
    });
    expect(await answered(listener, analyze)).toEqual({ ok: false, error: 'boom' });
  });

  it('ignores messages from other extensions or pages, and malformed ones', async () => {
    const handlers = {
      readPage: vi.fn(),
      analyze: vi.fn(),
      listCorpora: vi.fn(),
      bundledCorpusFile: vi.fn(),
      addPageToCorpus: vi.fn(),
    };
    const listener = createListener('background', handlers);
    expect(await answered(listener, analyze, { id: 'some-other-extension', tab: undefined as never })).toBe(
      'ignored',
    );
    expect(await answered(listener, { type: 'analyze', data: {} })).toBe('ignored');
    expect(handlers.analyze).not.toHaveBeenCalled();
  });
});

describe('sending', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns an error Result instead of throwing when nobody listens', async () => {
    const result = await sendToBackground('listCorpora', null);
    expect(result.ok).toBe(false);
  });

  it('returns an error Result when the tab has no content script', async () => {
    spyOnTabMessages().mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await sendToTab(1, 'getPageStatus', null)).toEqual({
      ok: false,
      error: 'Receiving end does not exist.',
    });
  });

  it('passes a Result reply through', async () => {
    spyOnTabMessages().mockResolvedValue({ ok: true, value: 'x' });
    expect(await sendToTab(1, 'getPageStatus', null)).toEqual({ ok: true, value: 'x' });
  });

  it('recognises Result shapes only', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: 'e' })).toBe(true);
    expect(isResult({ ok: false })).toBe(false);
    expect(isResult(undefined)).toBe(false);
  });
});

describe('targetTabId', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes the tab named in the popup address, else the active tab', async () => {
    // Cast: the overloads of tabs.query defeat mockResolvedValue's typing.
    const query = (
      vi.spyOn(fakeBrowser.tabs, 'query') as unknown as MockInstance<() => Promise<unknown[]>>
    ).mockResolvedValue([{ id: 9 }]);
    expect(await targetTabId('?tabId=42')).toBe(42);
    expect(query).not.toHaveBeenCalled();
    expect(await targetTabId('')).toBe(9);
    expect(await targetTabId('?tabId=-1')).toBe(9);
    expect(await targetTabId('?tabId=abc')).toBe(9);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('corpus messages', () => {
  it('accepts adding a page by corpus id or new name, and nothing loosely shaped', () => {
    const add = { type: 'addPageToCorpus', data: { tabId: 3, corpusId: null, newName: 'Bridges' } };
    expect(parseMessage('background', add)).toEqual(add);
    expect(parseMessage('background', { type: 'bundledCorpusFile', data: null })).not.toBeNull();
    expect(parseMessage('background', { ...add, data: { ...add.data, tabId: -1 } })).toBeNull();
    expect(parseMessage('background', { ...add, data: { tabId: 3, corpusId: 7, newName: null } })).toBeNull();
    expect(
      parseMessage('background', { ...add, data: { ...add.data, newName: 'x'.repeat(201) } }),
    ).toBeNull();
  });
});
