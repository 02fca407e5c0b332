/**
 * Notices when the page may hold another article or more of it: a single-page site changing address
 * without a reload (history.pushState, back and forward, hash routes), or text added after load ("read
 * more", infinite article pages). Changes are gathered until the page has been quiet for a moment, so one
 * navigation or one batch of rendering becomes one call, never a flicker of re-checks.
 *
 * A content script cannot wrap the page's own history.pushState (it runs in another JavaScript world), so
 * the address is compared on the Navigation API's events where the browser has it, on popstate and
 * hashchange, and on a cheap poll for the rest.
 */

export type PageChange = 'url' | 'text' | 'minor';

/** Quiet time before a batch of changes is reported: rendering one view takes a few frames and fetches. */
export const QUIET_MS = 700;
/** A page that never stops changing (a live ticker) is still reported this often at most. */
export const MAX_WAIT_MS = 4000;
/** Characters added or removed below which a change is `minor`: a clock, a counter, a like button. */
export const MIN_TEXT_CHARS = 200;
/** How often the address is compared where no event tells of a change. */
const URL_POLL_MS = 500;

/** Elements whose text is never the article. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CROSSCHECK-SIDEBAR']);

export interface ChangeGate {
  /** Records a change; `chars` is how much text it added or removed. */
  note(change: 'url' | 'text', chars?: number): void;
  stop(): void;
}

export interface GateTimers {
  set(run: () => void, ms: number): ReturnType<typeof setTimeout>;
  clear(id: ReturnType<typeof setTimeout> | undefined): void;
  now(): number;
}

/** Gathers changes and reports the weightiest kind once the page is quiet. Timer functions are injectable. */
export function createChangeGate(
  onSettled: (change: PageChange) => void,
  timers: GateTimers = {
    // Wrapped: the browser's timer functions throw when called as another object's methods.
    set: (run, ms) => setTimeout(run, ms),
    clear: (id) => clearTimeout(id),
    now: () => Date.now(),
  },
): ChangeGate {
  let urlChanged = false;
  let chars = 0;
  let firstAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settle = () => {
    timer = undefined;
    const change: PageChange = urlChanged ? 'url' : chars >= MIN_TEXT_CHARS ? 'text' : 'minor';
    urlChanged = false;
    chars = 0;
    firstAt = null;
    onSettled(change);
  };

  return {
    note(change, count = 0) {
      if (change === 'url') urlChanged = true;
      chars += count;
      const now = timers.now();
      firstAt ??= now;
      timers.clear(timer);
      const wait = Math.max(0, Math.min(QUIET_MS, firstAt + MAX_WAIT_MS - now));
      timer = timers.set(settle, wait);
    },
    stop() {
      timers.clear(timer);
    },
  };
}

/** Text a mutation record added or removed, counted cheaply. */
export function changedChars(record: MutationRecord): number {
  if (record.type === 'characterData') {
    const now = (record.target as CharacterData).data.length;
    return Math.abs(now - (record.oldValue?.length ?? 0)) || 1;
  }
  let count = 0;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (NOT_TEXT.has(node.nodeName)) continue;
      count += node.textContent?.length ?? 0;
    }
  }
  return count;
}

/** Starts watching; returns the function that stops. */
export function watchPage(onSettled: (change: PageChange) => void, win: Window = window): () => void {
  const doc = win.document;
  const gate = createChangeGate(onSettled);
  let href = win.location.href;
  const compareUrl = () => {
    if (win.location.href === href) return;
    href = win.location.href;
    gate.note('url');
  };
  const observer = new MutationObserver((records) => {
    let count = 0;
    for (const record of records) count += changedChars(record);
    if (count > 0) gate.note('text', count);
  });
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
  });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', compareUrl);
  win.addEventListener('popstate', compareUrl);
  win.addEventListener('hashchange', compareUrl);
  const poll = win.setInterval(compareUrl, URL_POLL_MS);
  return () => {
    gate.stop();
    observer.disconnect();
    navigation?.removeEventListener('currententrychange', compareUrl);
    win.removeEventListener('popstate', compareUrl);
    win.removeEventListener('hashchange', compareUrl);
    win.clearInterval(poll);
  };
}
