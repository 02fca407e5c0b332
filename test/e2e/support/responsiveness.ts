import type { Page } from 'playwright-core';
import type { SidebarPage, SidebarState } from './sidebar-page';

/** How often the page is asked for an answer while the extension works on it. */
const PROBE_INTERVAL_MS = 100;

export interface SettleWatch {
  state: SidebarState;
  /** The longest the page took to answer a trivial script while the extension worked, in ms. */
  worstAnswerMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits for the sidebar to settle while asking the page for `1` every 100 ms: the content script shares
 * the page's main thread, so a long synchronous task of the extension shows up as a slow answer.
 */
export async function settleWhileProbing(
  page: Page,
  sidebar: SidebarPage,
  states: SidebarState[],
  timeout: number,
): Promise<SettleWatch> {
  let worstAnswerMs = 0;
  let done = false;
  const settled = sidebar.waitForState(states, timeout).finally(() => {
    done = true;
  });
  while (!done) {
    const asked = performance.now();
    await page.evaluate(() => 1);
    worstAnswerMs = Math.max(worstAnswerMs, performance.now() - asked);
    await pause(PROBE_INTERVAL_MS);
  }
  return { state: await settled, worstAnswerMs };
}

/** The shadow root's elements that would run or load something if page or corpus text became markup. */
export function activeElementsInSidebar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shadow = document.querySelector('crosscheck-sidebar')?.shadowRoot;
    if (!shadow) return ['no shadow root'];
    const active = [
      ...shadow.querySelectorAll('img, script, iframe, object, embed, svg image, video, audio'),
    ];
    const links = [...shadow.querySelectorAll('a')].filter(
      (a) => !/^https?:/i.test(a.getAttribute('href') ?? 'https:'),
    );
    const handlers = [...shadow.querySelectorAll('*')].filter((element) =>
      element.getAttributeNames().some((name) => name.startsWith('on')),
    );
    return [...active, ...links, ...handlers].map((element) => element.outerHTML.slice(0, 120));
  });
}
