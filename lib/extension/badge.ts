/** The toolbar badge: the number of conflicts on the tab's page, nothing when there are none. */
import { browser } from 'wxt/browser';

/** A strong red that keeps white text readable (contrast 6.5:1), the colour of "conflict" in the UI. */
const BADGE_COLOR = '#b3261e';
const BADGE_TEXT_COLOR = '#ffffff';

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`; both take the same badge calls. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** The badge text for a conflict count: empty for none, and capped so it fits the four characters shown. */
export function badgeText(conflicts: number): string {
  if (conflicts <= 0) return '';
  return conflicts > 99 ? '99+' : String(conflicts);
}

export async function showConflictCount(tabId: number, conflicts: number): Promise<void> {
  const button = toolbarButton();
  const text = badgeText(conflicts);
  await button.setBadgeText({ tabId, text });
  if (text === '') return;
  await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  // setBadgeTextColor is recent (Chrome 110, Firefox 63) and absent from some builds.
  await button.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
}
