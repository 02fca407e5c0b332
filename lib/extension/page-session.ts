/**
 * The content script's state for its page: whether it is an article, whether it was checked, the report,
 * and whether the panel is open. The sidebar renders it and the popup asks for it. Browser calls come in
 * as functions, so the flow can be tested without a page or a background. A page that changes after load
 * (a single-page site's navigation, text added later) is read again through `refresh`.
 */
import type { Report } from '../core/types';
import type { AnalyzeRequest, Result } from './messages';
import type { PageState, PageStatus, PageTooLarge } from './shapes';
import { isHostExcluded } from './site-rules';
import { type Settings, watchEvidence } from './storage';

export interface PageSessionDeps {
  settings: Settings;
  hostname: string;
  /**
   * Extracts the article; null when the page is not one. Runs at start and on each `refresh`, one call at
   * a time. The content script's is asynchronous: the background reads the page.
   */
  extract: () => AnalyzeRequest | null | Promise<AnalyzeRequest | null>;
  /**
   * Measures the page before `extract`: when it is too large to read it is `not-article` with that
   * reason, and `extract` is not run. Without it every page is read.
   */
  measure?: () => PageTooLarge | null;
  analyze: (request: AnalyzeRequest) => Promise<Result<Report>>;
  /** Called when the panel opens or closes (to make room for it in the page). */
  onOpenChange?: (open: boolean) => void;
  /**
   * Calls back when the corpora change (an import, a deletion, one switched off); a checked page is then
   * checked again, so the sidebar follows the options page without a reload. Defaults to the stored
   * corpora's change events.
   */
  watchEvidence?: (onChange: () => void) => () => void;
}

export interface PageSession {
  readonly status: PageStatus;
  subscribe(listener: (status: PageStatus) => void): () => void;
  /** Decides what the page is and, in automatic mode, checks it. Resolves when that is settled. */
  start(): Promise<void>;
  /** Checks the page now (again, after an error). Resolves when the report or error is in. */
  check(): Promise<void>;
  /** Opens or collapses the panel; opening an unchecked article checks it. */
  setOpen(open: boolean): void;
  /**
   * Reads the page again after it changed (`url`: it moved to another address without a reload; `text`:
   * text was added or removed) and checks it again when its article differs. More text of the article
   * already shown is checked quietly: the report stays on screen until the new one replaces it. Resolves
   * with whether the article was found changed.
   */
  refresh(change: 'url' | 'text'): Promise<boolean>;
}

/** States with nothing to show: the host stays in the page, out of sight. */
const HIDDEN_STATES: ReadonlySet<PageState> = new Set(['not-article', 'off']);

/** Whether the panel has something to say: not on a page that is simply no article, or an excluded site. */
const hasPanel = (status: PageStatus): boolean => !HIDDEN_STATES.has(status.state) || !!status.notArticle;

/**
 * Leading characters of the article text compared to tell the same article grown longer (a "read more")
 * from another article: a headline and first paragraph are about this long.
 */
const SAME_START_CHARS = 300;

const sameArticle = (a: AnalyzeRequest, b: AnalyzeRequest) =>
  a.article.text === b.article.text && a.article.title === b.article.title;

const sameStart = (a: AnalyzeRequest, b: AnalyzeRequest) =>
  a.article.url === b.article.url &&
  a.article.text.slice(0, SAME_START_CHARS) === b.article.text.slice(0, SAME_START_CHARS);

export function createPageSession(deps: PageSessionDeps): PageSession {
  let status: PageStatus = { state: 'loading', open: false, report: null, error: null };
  let request: AnalyzeRequest | null = null;
  let pending: Promise<void> | null = null;
  // The corpora changed while a check ran: its report is out of date before it arrives.
  let stale = false;
  // Once the reader has opened or closed the panel, the "open by itself" setting no longer applies.
  let readerChose = false;
  const listeners = new Set<(status: PageStatus) => void>();

  const update = (change: Partial<PageStatus>) => {
    const wasOpen = status.open;
    status = { ...status, ...change };
    // The reason belongs to `not-article` only: any other state drops it.
    if (status.state !== 'not-article' && status.notArticle) status = { ...status, notArticle: null };
    if (status.open !== wasOpen) deps.onOpenChange?.(status.open);
    for (const listener of listeners) listener(status);
  };

  // Whether the corpora are watched yet: from the first time the page is an article.
  let watching = false;

  // The read in progress: a refresh waits for it, so reads finish, and are compared, in the order made.
  let reading: Promise<unknown> | null = null;
  /**
   * Measures the page, then extracts it unless it is too large; throws what either throws. With no read
   * in progress the page is measured at once, as it is when asked.
   */
  const read = (): Promise<{ tooLarge: PageTooLarge | null; next: AnalyzeRequest | null }> => {
    const run = async () => {
      const tooLarge = deps.measure?.() ?? null;
      return { tooLarge, next: tooLarge ? null : await deps.extract() };
    };
    const done = reading ? reading.then(run) : run();
    const settled: Promise<unknown> = done
      .catch(() => {})
      .then(() => {
        if (reading === settled) reading = null;
      });
    reading = settled;
    return done;
  };

  /** `quiet`: keep the report on screen while checking (more of the same article). */
  const check = (quiet = false): Promise<void> => {
    if (pending) return pending;
    if (!request) return Promise.resolve();
    if (!quiet) update({ state: 'loading', error: null });
    stale = false;
    pending = deps
      .analyze(request)
      .catch((error: unknown): Result<Report> => ({ ok: false, error: String(error) }))
      .then((result) => {
        pending = null;
        if (stale) return check();
        // A quiet check that failed leaves the last report up: it still describes most of the page.
        if (!result.ok && quiet && status.state === 'ready') return;
        if (!result.ok) return update({ state: 'error', error: result.error, report: null });
        const report = result.value;
        const openNow = !readerChose && deps.settings.openOnConflict && report.summary.conflict > 0;
        update({ state: 'ready', report, ...(openNow ? { open: true } : {}) });
      });
    return pending;
  };

  const recheck = () => {
    if (pending) stale = true;
    else if (status.state === 'ready' || status.state === 'error') void check();
  };

  const start = async (): Promise<void> => {
    if (isHostExcluded(deps.hostname, deps.settings.excludedHosts)) return update({ state: 'off' });
    try {
      const { tooLarge, next } = await read();
      if (tooLarge) return update({ state: 'not-article', notArticle: tooLarge });
      request = next;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return update({ state: 'error', error: `The page's text could not be read (${detail}).` });
    }
    if (!request) return update({ state: 'not-article' });
    watchCorpora();
    if (deps.settings.checkMode === 'auto') return check();
    update({ state: 'idle' });
  };

  const watchCorpora = () => {
    if (watching) return;
    watching = true;
    (deps.watchEvidence ?? watchEvidence)(recheck);
  };

  const refresh = async (change: 'url' | 'text'): Promise<boolean> => {
    if (status.state === 'off') return false;
    let next: AnalyzeRequest | null;
    let tooLarge: PageTooLarge | null;
    try {
      ({ tooLarge, next } = await read());
    } catch {
      // A page caught mid-render can throw in extraction; what is shown stays until it settles.
      return false;
    }
    const previous = request;
    if (!next) {
      const sameReason = status.notArticle?.limit === tooLarge?.limit;
      if (!previous && sameReason) return false;
      request = null;
      if (pending) stale = true;
      update({ state: 'not-article', notArticle: tooLarge, open: false, report: null, error: null });
      return true;
    }
    if (previous && sameArticle(previous, next)) return false;
    request = next;
    watchCorpora();
    if (status.state === 'idle' || (!previous && deps.settings.checkMode === 'click')) {
      update({ state: 'idle', report: null, error: null });
      return true;
    }
    if (pending) {
      stale = true;
      await pending;
      return true;
    }
    const grown = change === 'text' && previous !== null && sameStart(previous, next);
    await check(grown && status.state === 'ready');
    return true;
  };

  return {
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    check: () => check(),
    refresh,
    setOpen(open) {
      if (!hasPanel(status) || open === status.open) return;
      readerChose = true;
      if (open && status.state === 'idle') void check();
      update({ open });
    },
  };
}
