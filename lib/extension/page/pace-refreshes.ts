/**
 * Spaces out the re-reading of a page whose text keeps changing without its article changing (comments
 * loading under the article, a live blog's sidebar, rotating teasers). Each re-read serialises the page
 * and has the background run Readability on it, work for both on a big page: after one that found the
 * article unchanged, text changes
 * wait twice as long as before, up to a bound; a changed article or a new address resets the wait.
 * A change that comes during the wait is not lost: one re-read runs when the wait is over.
 */
import type { GateTimers } from './watch-page';

/** The first wait after a re-read that found nothing new. */
export const FIRST_BACKOFF_MS = 5_000;
/** The longest wait: a page is still re-read about once a minute while its text keeps changing. */
export const MAX_BACKOFF_MS = 60_000;

export type Refresh = (change: 'url' | 'text') => Promise<boolean>;

export function paceRefreshes(
  refresh: Refresh,
  timers: GateTimers = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (id) => clearTimeout(id),
    now: () => Date.now(),
  },
): (change: 'url' | 'text') => void {
  let backoff = 0;
  let allowedAt = 0;
  let deferred: ReturnType<typeof setTimeout> | undefined;

  const run = async (change: 'url' | 'text') => {
    timers.clear(deferred);
    deferred = undefined;
    const changed = await refresh(change).catch(() => false);
    backoff =
      changed || change === 'url' ? 0 : Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS, backoff * 2));
    allowedAt = timers.now() + backoff;
  };

  return (change) => {
    if (change === 'url') return void run('url');
    const wait = allowedAt - timers.now();
    if (wait <= 0) return void run('text');
    deferred ??= timers.set(() => void run('text'), wait);
  };
}
