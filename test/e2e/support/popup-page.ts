import type { Locator, Page } from 'playwright-core';
import type { SummaryCounts } from './sidebar-page';

/**
 * The toolbar popup, opened as an ordinary tab. A popup reports on the active tab, which for a tab
 * that is the popup itself is an extension page; `popup.html?tabId=N` names the tab to report on instead.
 */
export class PopupPage {
  readonly root: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-testid="popup"]');
    this.summary = page.locator('[data-testid="popup-summary"]');
  }

  async open(popupUrl: string): Promise<void> {
    await this.page.goto(popupUrl);
    await this.root.waitFor({ state: 'attached', timeout: 10_000 });
  }

  /** Waits for the popup to settle on something other than `loading` and returns that state. */
  async settledState(timeout = 10_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      () => {
        const state = document.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
        return state && state !== 'loading' ? state : null;
      },
      undefined,
      { timeout, polling: 50 },
    );
    return (await handle.jsonValue()) as string;
  }

  async summaryCounts(): Promise<SummaryCounts> {
    const read = async (name: string) => Number(await this.summary.getAttribute(`data-${name}`));
    return {
      claims: await read('claims'),
      agree: await read('agree'),
      conflict: await read('conflict'),
      related: await read('related'),
    };
  }
}
