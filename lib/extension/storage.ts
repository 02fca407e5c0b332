/**
 * Every stored item of the extension, in one place. Each is versioned from the start so that a later
 * shape change ships with a migration instead of breaking readers' saved settings.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** `auto`: check every article as it opens; `click`: only when the reader asks. */
  checkMode: 'auto' | 'click';
  /** Open the panel by itself when the check finds a conflict (otherwise it stays a small handle). */
  openOnConflict: boolean;
  /** Hosts never checked, normalised by `site-rules.ts`; an entry covers its subdomains. */
  excludedHosts: string[];
  /** Corpora whose statements are not used as evidence. */
  disabledCorpora: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  checkMode: 'auto',
  openOnConflict: false,
  excludedHosts: [],
  disabledCorpora: [],
});

/** Version 1: the settings above (2026-11). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** The stored settings with defaults filled in, so a field added later never reads as undefined. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Merges a change into the stored settings. Updates run one after another: the options page sends one per
 * keystroke, and two overlapping read-merge-writes would let an older text win.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = pendingUpdate.then(async () => {
    const merged = { ...(await getSettings()), ...change };
    await settingsItem.setValue(merged);
    return merged;
  });
  pendingUpdate = next.catch(() => {});
  return next;
}

/**
 * Bumped after every change to the stored corpora (import, delete, undo, rename, a page added). The corpora
 * live in IndexedDB, which has no change event across contexts; this item's change event tells open tabs
 * to check their page again. Version 1 (2026-11): a number that only grows.
 */
export const corporaRevisionItem = storage.defineItem<number>('local:corporaRevision', {
  fallback: 0,
  version: 1,
});

/** Tells every context that the corpora changed. */
export async function markCorporaChanged(): Promise<void> {
  const previous = await corporaRevisionItem.getValue();
  await corporaRevisionItem.setValue(Math.max(previous + 1, Date.now()));
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Calls `onChange` whenever the evidence a check uses may have changed: a corpus was added, removed or
 * changed, or one was switched on or off. Returns the function that stops watching.
 */
export function watchEvidence(onChange: () => void): () => void {
  const stopRevision = corporaRevisionItem.watch(() => onChange());
  const stopSettings = settingsItem.watch((next, previous) => {
    if (!sameIds(next?.disabledCorpora ?? [], previous?.disabledCorpora ?? [])) onChange();
  });
  return () => {
    stopRevision();
    stopSettings();
  };
}
