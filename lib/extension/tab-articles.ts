/**
 * The article last checked in each tab, so that the popup can add "this page" to a corpus: the popup has
 * no access to the page, and the content script already sent the extracted article for its check.
 * Kept in `storage.session` (memory only, gone when the browser closes) because Chrome stops an idle
 * service worker, and with it any variable, long before a reader opens the popup.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ArticleInput } from '../core/types';

/**
 * Longest article remembered (characters). `storage.session` holds 10 MB in all; a news article is
 * rarely over 50 k characters, so this leaves room for many tabs.
 */
const MAX_REMEMBERED_CHARS = 1_000_000;

const keyOf = (tabId: number) => `session:tabArticle:${tabId}` as const;

/** Used when `storage.session` is missing or full; lost when the worker stops, which the popup reports. */
const fallback = new Map<number, ArticleInput>();

export async function rememberArticle(tabId: number, article: ArticleInput): Promise<void> {
  fallback.delete(tabId);
  if (article.text.length > MAX_REMEMBERED_CHARS) return void (await forgetArticle(tabId));
  try {
    await storage.setItem(keyOf(tabId), article);
  } catch {
    fallback.set(tabId, article);
  }
}

export async function articleOfTab(tabId: number): Promise<ArticleInput | null> {
  const remembered = fallback.get(tabId);
  if (remembered) return remembered;
  try {
    return await storage.getItem<ArticleInput>(keyOf(tabId));
  } catch {
    return null;
  }
}

export async function forgetArticle(tabId: number): Promise<void> {
  fallback.delete(tabId);
  await storage.removeItem(keyOf(tabId)).catch(() => {});
}

/** Forgets a tab's article when the tab closes; returns the function that stops. */
export function forgetClosedTabs(): () => void {
  const onRemoved = (tabId: number) => void forgetArticle(tabId);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => browser.tabs.onRemoved.removeListener(onRemoved);
}
