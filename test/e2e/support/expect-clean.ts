import { expect } from 'vitest';
import type { BrowserRecorder } from './record-browser';

/**
 * Fails on any error or any request off the machine. `extension` scope is for saved real pages, whose own
 * scripts and third-party requests fail here (nothing else is reachable) and are none of the extension's doing.
 */
export function expectClean(
  recorder: BrowserRecorder,
  scope: 'everything' | 'extension' = 'everything',
): void {
  const mine = <T extends { fromExtension: boolean }>(items: T[]) =>
    scope === 'everything' ? items : items.filter((item) => item.fromExtension);
  expect(mine(recorder.errors), 'errors in pages, extension pages or the service worker').toEqual([]);
  expect(mine(recorder.offsiteRequests), 'requests to anywhere but 127.0.0.1').toEqual([]);
}
