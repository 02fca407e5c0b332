import type { Download, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A file handed to the import input, as Playwright takes it. */
export interface InputFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const jsonFile = (name: string, value: unknown): InputFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value, null, 2)),
});

export const textFile = (name: string, text: string, mimeType = 'text/plain'): InputFile => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});

/**
 * The options page as a corpus manager, read and driven only through its DOM contract
 * (docs/contracts/options.md), as the checks that hold it to that contract do.
 */
export class CorporaPage {
  readonly corpora: Locator;
  readonly importInput: Locator;
  readonly alert: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.corpora = page.locator('[data-testid="corpus"]');
    this.importInput = page.locator('input[type="file"][data-testid="import-file"]');
    this.alert = page.locator('[role="alert"]');
    this.status = page.locator('[role="status"]');
  }

  async open(optionsUrl: string): Promise<void> {
    await this.page.goto(optionsUrl);
    await this.corpora.first().waitFor({ state: 'visible', timeout: 10_000 });
  }

  corpus(id: string): Locator {
    return this.page.locator(`[data-testid="corpus"][data-corpus-id="${id}"]`);
  }

  async ids(): Promise<string[]> {
    return this.corpora.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-corpus-id') ?? ''));
  }

  /** Imports files and waits until the page says how it went: the success notice, or an alert. */
  async import(files: InputFile[], timeout = 30_000): Promise<'imported' | 'refused'> {
    await this.importInput.setInputFiles(files);
    const outcome = await this.page.waitForFunction(
      () => {
        if (document.querySelector('[role="alert"]')) return 'refused';
        return /Imported/.test(document.querySelector('[role="status"]')?.textContent ?? '')
          ? 'imported'
          : null;
      },
      undefined,
      { timeout, polling: 50 },
    );
    return (await outcome.jsonValue()) as 'imported' | 'refused';
  }

  /** Drops files on the import area, as a reader drags them from a file manager. */
  async drop(files: InputFile[]): Promise<void> {
    const payload = files.map((file) => ({
      name: file.name,
      type: file.mimeType,
      text: file.buffer.toString('utf8'),
    }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type }));
      return transfer;
    }, payload);
    const zone = this.page.locator('[data-testid="import-dropzone"]');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  /** Waits until the page says how an import went: the success notice, or an alert. */
  async outcome(timeout = 30_000): Promise<'imported' | 'refused'> {
    const outcome = await this.page.waitForFunction(
      () => {
        if (document.querySelector('[role="alert"]')) return 'refused';
        return /Imported/.test(document.querySelector('[role="status"]')?.textContent ?? '')
          ? 'imported'
          : null;
      },
      undefined,
      { timeout, polling: 50 },
    );
    return (await outcome.jsonValue()) as 'imported' | 'refused';
  }

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const toggle = this.corpus(id).locator('[data-testid="corpus-enabled"]');
    if (enabled) await toggle.check();
    else await toggle.uncheck();
    await this.page.waitForFunction(
      ([corpusId, wanted]) =>
        document
          .querySelector(`[data-testid="corpus"][data-corpus-id="${corpusId}"]`)
          ?.getAttribute('data-enabled') === wanted,
      [id, String(enabled)] as const,
    );
    // The row shows the switch at once and saves it just after: wait until it is stored, so that a reload
    // or a check that follows reads it. (Polled from here: `waitForFunction` does not await a predicate's
    // promise, and a promise is truthy, so an async predicate there would return at once.)
    await expect
      .poll(() =>
        this.page.evaluate(async (corpusId) => {
          type Local = { get(key: string): Promise<{ settings?: { disabledCorpora?: string[] } }> };
          const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage
            .local;
          return !(await local.get('settings')).settings?.disabledCorpora?.includes(corpusId);
        }, id),
      )
      .toBe(enabled);
  }

  /** Clicks the row's export and returns the downloaded file's text. */
  async export(id: string): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.corpus(id).locator('[data-testid="export"]').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }
}
