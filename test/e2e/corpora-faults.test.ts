/**
 * The corpus manager when things go wrong: the browser's storage is full, or two pages edit the corpora at
 * once. Driven through the options page's DOM contract (docs/contracts/options.md) in the built extension.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CorporaPage } from './support/corpora-page';
import { jsonFile } from './support/corpora-page';
import { expectClean } from './support/expect-clean';
import {
  BUNDLED_ID,
  harbourCorpus,
  type ReaderCorporaSession,
  startReaderCorpora,
} from './support/reader-corpora';
import { setStorageFull } from './support/storage-full';

/** The sentence every storage-full failure shows (lib/extension/corpora/storage-full.ts). */
const STORAGE_FULL = /Storage is full: nothing was saved, and your corpora are as they were/;

let corpora: ReaderCorporaSession;

beforeAll(async () => {
  corpora = await startReaderCorpora();
});
afterAll(() => corpora?.close());
afterEach(() => expectClean(corpora.session));

const nameOf = (options: CorporaPage, id: string) =>
  options.corpus(id).locator('[data-testid="corpus-name"]').textContent();
const enabledOf = (options: CorporaPage, id: string) => options.corpus(id).getAttribute('data-enabled');

async function rename(options: CorporaPage, id: string, name: string): Promise<void> {
  await options.corpus(id).locator('[data-testid="corpus-rename"]').click();
  await options.corpus(id).locator('[data-testid="corpus-name-input"]').fill(name);
  await options.corpus(id).locator('[data-testid="corpus-rename-save"]').click();
}

describe('two options pages open at once', () => {
  let a: CorporaPage;
  let b: CorporaPage;

  beforeAll(async () => {
    a = await corpora.openOptions();
    b = await corpora.openOptions();
  });
  afterAll(async () => {
    await a?.page.close();
    await b?.page.close();
  });

  it('a corpus imported in one shows up in the other without a reload', async () => {
    expect(await a.import([jsonFile('harbour.json', harbourCorpus)])).toBe('imported');
    await expect.poll(() => b.ids()).toEqual([BUNDLED_ID, harbourCorpus.id]);
  });

  it('a rename in one and a switch-off in the other both hold, in both pages and a new one', async () => {
    await Promise.all([
      rename(a, harbourCorpus.id, 'Harbour, renamed in A'),
      b.setEnabled(harbourCorpus.id, false),
    ]);
    for (const page of [a, b]) {
      await expect.poll(() => nameOf(page, harbourCorpus.id)).toBe('Harbour, renamed in A');
      await expect.poll(() => enabledOf(page, harbourCorpus.id)).toBe('false');
    }
    const fresh = await corpora.openOptions();
    expect(await nameOf(fresh, harbourCorpus.id)).toBe('Harbour, renamed in A');
    expect(await enabledOf(fresh, harbourCorpus.id)).toBe('false');
    await fresh.page.close();
  });

  it('two corpora switched in two pages at once are both switched', async () => {
    await Promise.all([a.setEnabled(BUNDLED_ID, false), b.setEnabled(harbourCorpus.id, true)]);
    for (const page of [a, b]) {
      await expect.poll(() => enabledOf(page, BUNDLED_ID)).toBe('false');
      await expect.poll(() => enabledOf(page, harbourCorpus.id)).toBe('true');
    }
    await a.setEnabled(BUNDLED_ID, true);
    await expect.poll(() => enabledOf(b, BUNDLED_ID)).toBe('true');
  });

  it('a setting changed in one shows in the other', async () => {
    const auto = (page: CorporaPage) => page.page.locator('[data-testid="setting-auto"]');
    const wasOn = await auto(a).isChecked();
    await auto(a).setChecked(!wasOn);
    await expect.poll(() => auto(b).isChecked()).toBe(!wasOn);
    await auto(b).setChecked(wasOn);
    await expect.poll(() => auto(a).isChecked()).toBe(wasOn);

    const sites = (page: CorporaPage) => page.page.locator('[data-testid="setting-excluded"]');
    await sites(a).pressSequentially('example.com\nnews.example', { delay: 5 });
    await expect.poll(() => sites(b).inputValue()).toBe('example.com\nnews.example');
    expect(await sites(a).inputValue()).toBe('example.com\nnews.example');
    // A page the reader is typing in keeps the typing; once they leave the field, it follows the others.
    await sites(a).blur();
    await sites(b).fill('');
    await expect.poll(() => sites(a).inputValue()).toBe('');
  });

  it('a deletion in one leaves the other, and its undo brings the corpus back there too', async () => {
    await a.corpus(harbourCorpus.id).locator('[data-testid="corpus-delete"]').click();
    await expect.poll(() => b.ids()).toEqual([BUNDLED_ID]);
    await a.page.locator('[data-testid="undo-delete"]').click();
    await expect.poll(() => b.ids()).toEqual([BUNDLED_ID, harbourCorpus.id]);
    expect(await nameOf(b, harbourCorpus.id)).toBe('Harbour, renamed in A');
  });
});

describe('when the browser has no room left', () => {
  let options: CorporaPage;
  let before: string;

  beforeAll(async () => {
    options = await corpora.openOptions();
    before = (await options.export(harbourCorpus.id)).text;
  });
  afterAll(async () => {
    await setStorageFull(options.page, false);
    await setStorageFull(await corpora.session.serviceWorker(), false);
    await options?.page.close();
  });

  const expectUnchanged = async () => {
    expect(await options.ids()).toEqual([BUNDLED_ID, harbourCorpus.id]);
    expect((await options.export(harbourCorpus.id)).text).toBe(before);
  };

  it('a rename says storage is full, once, and the corpus is as it was', async () => {
    await setStorageFull(options.page, true);
    await rename(options, harbourCorpus.id, 'Will not fit');
    await expect.poll(() => options.alert.textContent()).toMatch(STORAGE_FULL);
    expect(await options.alert.count()).toBe(1);
    expect(await options.alert.getAttribute('data-reason')).toBe('storage-full');
    expect(await nameOf(options, harbourCorpus.id)).toBe('Harbour, renamed in A');
    await expectUnchanged();
  });

  it('a deletion says so too, and the corpus stays listed and exportable byte for byte', async () => {
    await options.corpus(harbourCorpus.id).locator('[data-testid="corpus-delete"]').click();
    await expect.poll(() => options.alert.getAttribute('data-reason')).toBe('storage-full');
    await expectUnchanged();
  });

  it('a page added from the popup is refused with the same message, and the corpus keeps its articles', async () => {
    const worker = await corpora.session.serviceWorker();
    const { page } = await corpora.openArticle();
    const tabId = await corpora.session.tabId(page);
    const popup = await corpora.session.context.newPage();
    await popup.goto(corpora.session.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.locator('[data-testid="add-target"]').waitFor();
    await setStorageFull(worker, true);
    await popup.locator('[data-testid="add-target"]').selectOption({ value: harbourCorpus.id });
    await popup.locator('[data-testid="add-page"]').click();
    await expect.poll(() => popup.locator('[role="alert"]').textContent()).toMatch(STORAGE_FULL);
    await setStorageFull(worker, false);
    await expectUnchanged();
    await Promise.all([popup.close(), page.close()]);
  });

  it('once there is room again, the same rename goes through', async () => {
    await setStorageFull(options.page, false);
    await rename(options, harbourCorpus.id, 'Fits now');
    await expect.poll(() => nameOf(options, harbourCorpus.id)).toBe('Fits now');
    await expect.poll(() => options.alert.count()).toBe(0);
  });
});
