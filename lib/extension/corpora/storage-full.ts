/**
 * A write refused because the browser's storage for the extension is full. IndexedDB says so with a
 * `QuotaExceededError` (on the request, or as the error of the aborted transaction), `storage.local` with an
 * error whose message names the quota. Every write path turns it into one `StorageFullError`, so the options
 * page and the popup show the same sentence, whichever write hit the limit.
 */

/** What the reader is told: nothing was written, and how to make room. */
export const STORAGE_FULL_MESSAGE =
  'Storage is full: nothing was saved, and your corpora are as they were. To make room, delete a corpus you no longer need on Crosscheck’s options page (export it first to keep a copy), then try again.';

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(options?: { cause?: unknown }) {
    super(STORAGE_FULL_MESSAGE, options);
  }
}

/** `storage.local` in Chromium: "QUOTA_BYTES quota exceeded"; it gives no error name to go by. */
const QUOTA_WORDING = /\bquota\b/i;

/**
 * Whether `error` says the storage is full. `byWording` also takes an error whose message names the quota:
 * only for errors of the `storage` API, since an import's own errors quote file names and texts.
 */
export function isStorageFull(error: unknown, byWording = false): boolean {
  if (error instanceof StorageFullError) return true;
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  // Firefox's IndexedDB says NS_ERROR_DOM_QUOTA_REACHED in some versions.
  if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return (byWording && QUOTA_WORDING.test(error.message)) || isStorageFull(error.cause, byWording);
}

/** Runs a write, rethrowing a quota failure as `StorageFullError` (see `isStorageFull` for `byWording`). */
export async function writing<T>(write: () => Promise<T>, byWording = false): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError || !isStorageFull(error, byWording)) throw error;
    throw new StorageFullError({ cause: error });
  }
}
