import type { Locator, Page } from 'playwright-core';

/** The options page: the reader's corpora and settings. */
export class OptionsPage {
  readonly corpora: Locator;
  readonly autoSetting: Locator;

  constructor(readonly page: Page) {
    this.corpora = page.locator('[data-testid="corpus"]');
    this.autoSetting = page.locator('[data-testid="setting-auto"]');
  }

  async open(optionsUrl: string): Promise<void> {
    await this.page.goto(optionsUrl);
    await this.corpora.first().waitFor({ state: 'visible', timeout: 10_000 });
  }

  corpus(id: string): Locator {
    return this.page.locator(`[data-testid="corpus"][data-corpus-id="${id}"]`);
  }
}
