/** The popup's way to the page it was opened over. No `tabs` permission: only the tab's id is used. */
import { browser } from 'wxt/browser';
import type { Result } from './messages';
import { sendToTab } from './messaging';
import type { PageStatus } from './shapes';

/**
 * The tab the popup reports on: the one named by `?tabId=N` in the popup's address, else the active tab.
 * The parameter lets the popup open as an ordinary tab (the end-to-end tests do) and still report on a
 * page; only the extension itself can open its pages, so no web page can point it elsewhere.
 */
export async function targetTabId(search = ''): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tabId') ?? Number.NaN);
  if (Number.isInteger(named) && named >= 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script; `{ ok: false }` when there is no tab or no content script in it. */
export async function askTab(
  tabId: number | null,
  type: 'getPageStatus' | 'openSidebar',
): Promise<Result<PageStatus>> {
  if (tabId === null) return { ok: false, error: 'no tab to ask' };
  return sendToTab(tabId, type, null);
}
