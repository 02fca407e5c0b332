import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendToBackground } from '../../lib/extension/messaging';

const article = { title: 'T', url: 'https://news.example/a', site: 'news.example', text: 'One. Two.' };
const workerStopped = new Error('The message port closed before a response was received.');

/** `runtime.sendMessage`, typed loosely: its overloads defeat `mockResolvedValue`. */
const spyOnSend = () =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<
    (...args: unknown[]) => Promise<unknown>
  >;

describe('sendToBackground when the worker stops while answering', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('sends a check again once, and takes the second answer', async () => {
    const send = spyOnSend()
      .mockRejectedValueOnce(workerStopped)
      .mockResolvedValueOnce({ ok: true, value: 'report' });
    expect(await sendToBackground('analyze', { article, extractMs: 1 })).toEqual({
      ok: true,
      value: 'report',
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toEqual(send.mock.calls[0]?.[0]);
  });

  it('sends a check again once when the worker went away without answering', async () => {
    const send = spyOnSend()
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce({ ok: true, value: 'report' });
    expect(await sendToBackground('analyze', { article, extractMs: 1 })).toEqual({
      ok: true,
      value: 'report',
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second failure with its error', async () => {
    const send = spyOnSend().mockRejectedValue(workerStopped);
    expect(await sendToBackground('listCorpora', null)).toEqual({ ok: false, error: workerStopped.message });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not send again an answer that came back as an error', async () => {
    const send = spyOnSend().mockResolvedValue({ ok: false, error: 'no corpus' });
    expect(await sendToBackground('listCorpora', null)).toEqual({ ok: false, error: 'no corpus' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('never adds a page to a corpus twice', async () => {
    const send = spyOnSend().mockRejectedValue(workerStopped);
    const result = await sendToBackground('addPageToCorpus', { tabId: 1, corpusId: null, newName: 'Mine' });
    expect(result.ok).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
