/**
 * The content script's state for its page: whether it is an article, whether it was checked, the report,
 * and whether the panel is open. The sidebar renders it and the popup asks for it. Browser calls come in
 * as functions, so the flow can be tested without a page or a background.
 */
import type { Report } from '../core/types';
import type { AnalyzeRequest, Result } from './messages';
import type { PageState, PageStatus } from './shapes';
import { isHostExcluded } from './site-rules';
import { type Settings, watchEvidence } from './storage';

export interface PageSessionDeps {
  settings: Settings;
  hostname: string;
  /** Extracts the article; null when the page is not one. Runs at most once. */
  extract: () => AnalyzeRequest | null;
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
}

/** States with nothing to show: the host stays in the page, out of sight. */
const HIDDEN_STATES: ReadonlySet<PageState> = new Set(['not-article', 'off']);

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
    if (status.open !== wasOpen) deps.onOpenChange?.(status.open);
    for (const listener of listeners) listener(status);
  };

  const check = (): Promise<void> => {
    if (pending) return pending;
    if (!request) return Promise.resolve();
    update({ state: 'loading', error: null });
    stale = false;
    pending = deps
      .analyze(request)
      .catch((error: unknown): Result<Report> => ({ ok: false, error: String(error) }))
      .then((result) => {
        pending = null;
        if (stale) return check();
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
      request = deps.extract();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return update({ state: 'error', error: `The page's text could not be read (${detail}).` });
    }
    if (!request) return update({ state: 'not-article' });
    (deps.watchEvidence ?? watchEvidence)(recheck);
    if (deps.settings.checkMode === 'auto') return check();
    update({ state: 'idle' });
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
    check,
    setOpen(open) {
      if (HIDDEN_STATES.has(status.state) || open === status.open) return;
      readerChose = true;
      if (open && status.state === 'idle') void check();
      update({ open });
    },
  };
}
