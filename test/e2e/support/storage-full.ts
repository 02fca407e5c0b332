import type { Page, Worker } from 'playwright-core';

/**
 * A full disk, staged in the real browser. The extension holds `unlimitedStorage`, so Chromium ignores a
 * quota set over CDP (`Storage.overrideQuotaForOrigin`) for its origin; instead, while the flag is set, every
 * IndexedDB write of the page or worker refuses with a `QuotaExceededError`, the error a browser over
 * quota gives. The writes before it in the same transaction are real, so the rollback is the browser's.
 */
const FLAG = '__crosscheckE2eStorageFull';

function refuseWrites([flag, full]: readonly [string, boolean]): void {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope[flag] = full;
  if (scope[`${flag}Installed`]) return;
  scope[`${flag}Installed`] = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (scope[flag]) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

/** Storage full (or not) from now on in `target`: an extension page, or the service worker. */
export async function setStorageFull(target: Page | Worker, full: boolean): Promise<void> {
  // Pages and workers evaluate alike; TypeScript cannot call the union of their overloads.
  const evaluate = target.evaluate.bind(target) as Worker['evaluate'];
  await evaluate(refuseWrites, [FLAG, full] as const);
}
