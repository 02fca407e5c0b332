/**
 * Keeps each tab's badge equal to what its page's content script reports. Set when a check finishes;
 * re-read from the page whenever the tab starts loading: Chrome keeps a tab's badge across navigations
 * (Firefox resets it), and it reports hash and history changes as loading too, where the page, its
 * content script and its report stay. A page without content script (a browser page) answers nothing and
 * gets an empty badge.
 */
import { browser } from 'wxt/browser';
import { showConflictCount } from './badge';
import { sendToTab } from './messaging';

/** Per tab, how many checks have set its badge: a re-read started before a check must not undo it. */
const checksByTab = new Map<number, number>();

/** Shows a finished check's conflict count on its tab. */
export async function recordCheck(tabId: number, conflicts: number): Promise<void> {
  checksByTab.set(tabId, (checksByTab.get(tabId) ?? 0) + 1);
  await showConflictCount(tabId, conflicts);
}

/** Sets the tab's badge from what its page says now. */
export async function syncBadge(tabId: number): Promise<void> {
  const before = checksByTab.get(tabId);
  const reply = await sendToTab(tabId, 'getPageStatus', null);
  if (checksByTab.get(tabId) !== before) return;
  const report = reply.ok && reply.value.state === 'ready' ? reply.value.report : null;
  await showConflictCount(tabId, report?.summary.conflict ?? 0);
}

/** Starts following tab loads and closes; returns the function that stops. */
export function watchTabs(): () => void {
  const onUpdated = (tabId: number, change: { status?: string }) => {
    // A tab can close between the event and the badge call; there is nothing left to update then.
    if (change.status === 'loading') void syncBadge(tabId).catch(() => {});
  };
  const onRemoved = (tabId: number) => checksByTab.delete(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
