import type { Page } from 'playwright-core';

/** The CSS highlight names the extension registers (lib/extension/page/highlights.ts). */
export const HIGHLIGHT_NAMES = ['crosscheck-conflict', 'crosscheck-agree', 'crosscheck-related'] as const;
export const FLASH_NAME = 'crosscheck-flash';

/** The text of each range in each of the extension's highlights, read from the page's highlight registry. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    (names) => {
      const result: Record<string, string[]> = {};
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        result[name] = highlight ? [...highlight].map((range) => range.toString()) : [];
      }
      return result;
    },
    [...HIGHLIGHT_NAMES, FLASH_NAME],
  );
}

/** Claim text as the placing compares it: lower case, no whitespace, straight quotes, plain dashes. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, '');
}

/** The viewport point in the middle of the first line of the range that a highlight's range `index` covers. */
export function pointInHighlight(
  page: Page,
  name: string,
  index: number,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([highlightName, i]) => {
      const range = [...(CSS.highlights.get(highlightName as string) ?? [])][i as number] as
        | Range
        | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range?.getClientRects()[0];
      return box ? { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 } : null;
    },
    [name, index] as const,
  );
}

/** The claim id and text of each listed claim and whether it was placed. */
export function listedClaims(page: Page): Promise<{ id: string; text: string; placed: string | null }[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('crosscheck-sidebar')
        ?.shadowRoot?.querySelectorAll('[data-testid="claim"]') ?? []),
    ].map((claim) => ({
      id: claim.getAttribute('data-claim-id') ?? '',
      text: claim.querySelector('[data-testid="claim-text"]')?.textContent ?? '',
      placed: claim.getAttribute('data-placed'),
    })),
  );
}

/** Waits until placing the report's claims in the page is over. */
export async function waitForPlacement(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .querySelector('crosscheck-sidebar')
        ?.shadowRoot?.querySelector('[data-state]')
        ?.getAttribute('data-placement') === 'done',
    undefined,
    { timeout, polling: 50 },
  );
}
