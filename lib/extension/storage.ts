/**
 * Every stored item of the extension, in one place. Each is versioned from the start so that a later
 * shape change ships with a migration instead of breaking readers' saved settings.
 */
import { storage } from 'wxt/utils/storage';
import { writing } from './corpora/storage-full';

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

/** The Web Lock every context takes around a read-merge-write of the settings. */
const SETTINGS_LOCK = 'crosscheck-settings';

/**
 * Runs `task` holding the settings lock of every context of the extension (two options pages, the popup,
 * the background), or, where there are no Web Locks (the Node tests), after this context's earlier updates.
 */
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  const next = pendingUpdate.then(() => (locks ? locks.request(SETTINGS_LOCK, task) : task()));
  pendingUpdate = next.catch(() => {});
  return next;
}

/**
 * Merges a change into the stored settings. A function is given the settings as stored at the moment of
 * the write, for a change that depends on them (switching one corpus off among others). Updates run one
 * after another, across contexts too: the options page sends one per keystroke, and two overlapping
 * read-merge-writes would let an older value win. A full storage throws `StorageFullError`.
 */
export function updateSettings(
  change: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  return serialised(() =>
    writing(async () => {
      const current = await getSettings();
      const merged = { ...current, ...(typeof change === 'function' ? change(current) : change) };
      await settingsItem.setValue(merged);
      return merged;
    }, true),
  );
}

/** Switches a corpus's statements on or off as evidence, leaving the other corpora as they are stored. */
export function setCorpusEnabled(id: string, enabled: boolean): Promise<Settings> {
  return updateSettings(({ disabledCorpora }) => {
    const others = disabledCorpora.filter((other) => other !== id);
    return { disabledCorpora: enabled ? others : [...others, id] };
  });
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
  await writing(async () => {
    const previous = await corporaRevisionItem.getValue();
    await corporaRevisionItem.setValue(Math.max(previous + 1, Date.now()));
  }, true);
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
