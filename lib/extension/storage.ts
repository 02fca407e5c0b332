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
