import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './paths';

/** Saves a PNG into docs/screenshots, where the README embeds it; each e2e run refreshes them. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled' });
  return path;
}
