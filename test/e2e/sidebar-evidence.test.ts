import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsonFile } from './support/corpora-page';
import { expectClean } from './support/expect-clean';
import { waitForPlacement } from './support/highlights';
import { harbourCorpus, type ReaderCorporaSession, startReaderCorpora } from './support/reader-corpora';

let corpora: ReaderCorporaSession;

beforeAll(async () => {
  corpora = await startReaderCorpora();
  const options = await corpora.openOptions();
  expect(await options.import([jsonFile('harbour.json', harbourCorpus)])).toBe('imported');
  await options.page.close();
});
afterAll(() => corpora?.close());
afterEach(() => expectClean(corpora.session));

describe('an evidence item from a corpus that has addresses and dates', () => {
  it('shows the outlet, the article title as a link, the date, and the words that differ marked', async () => {
    const { page } = await corpora.openArticle();
    await waitForPlacement(page);
    const gazette = page.locator('crosscheck-sidebar [data-testid="evidence"]', {
      has: page.locator('[data-testid="evidence-source"]', { hasText: 'Coastal Gazette' }),
    });
    const conflict = gazette
      .and(page.locator('[data-stance="conflict"]'))
      .filter({ hasText: '120 million' })
      .first();
    const link = conflict.locator('a[data-testid="evidence-link"]');
    expect(await link.getAttribute('href')).toBe('https://gazette.example/bridge-opens');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toContain('Harbour bridge opens to traffic');
    expect(await conflict.locator('time[data-testid="evidence-date"]').getAttribute('datetime')).toBe(
      '2024-03-01',
    );
    const marks = await conflict.locator('[data-testid="evidence-text"] mark').allTextContents();
    expect(marks).toContain('120');

    // The other outlet's corpus article has no address: its title is text, not a link.
    const herald = page.locator('crosscheck-sidebar [data-testid="evidence"]', {
      has: page.locator('[data-testid="evidence-source"]', { hasText: 'Harbour Herald' }),
    });
    for (const item of await herald.all()) expect(await item.locator('a').count()).toBe(0);
    await page.close();
  });
});
