import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleOfTab, forgetClosedTabs, rememberArticle } from '../../lib/extension/tab-articles';

const article = { title: 'T', url: 'https://news.example/a', site: 'news.example', text: 'Some text.' };

beforeEach(() => fakeBrowser.reset());

describe('the article each tab last checked', () => {
  it('is kept per tab in session storage, which outlives a stopped service worker', async () => {
    await rememberArticle(3, article);
    expect(await articleOfTab(3)).toEqual(article);
    expect(await articleOfTab(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get('tabArticle:3')).toEqual({ 'tabArticle:3': article });
  });

  it('is forgotten when the tab closes, and not kept at all when it is huge', async () => {
    const stop = forgetClosedTabs();
    await rememberArticle(3, article);
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => articleOfTab(3)).toBeNull();
    stop();

    await rememberArticle(5, article);
    await rememberArticle(5, { ...article, text: 'x'.repeat(1_000_001) });
    expect(await articleOfTab(5)).toBeNull();
  });
});
