import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimReport, Report } from '../lib/core/types';
import { PANEL_WIDTH_PX } from '../lib/extension/layout';
import type { Theme } from '../lib/extension/page/page-theme';
import type { Schedule } from '../lib/extension/page/run-sliced';
import type { PageStatus } from '../lib/extension/shapes';
import { MAX_PANEL_WIDTH_PX, MIN_PANEL_WIDTH_PX } from '../lib/extension/sidebar-width';
import { PanelBody } from './panel-body';
import { type ClaimFilter, claimsWithEvidence } from './report-helpers';
import { ResizeHandle } from './resize-handle';
import { SidebarHandle } from './sidebar-handle';

/** Where the keyboard focus should go now: the panel (opened by the shortcut) or a claim (from the page). */
export type FocusRequest = { seq: number } & ({ to: 'panel' } | { to: 'claim'; claimId: string });

export interface SidebarProps {
  status: PageStatus;
  /** Open or collapse the panel (from an unchecked page, opening also checks it). */
  onToggle: () => void;
  /** Run the check again, after an error. */
  onRetry: () => void;
  /** The reader clicked a claim's text: take the page to it. */
  onShowClaim: (claim: ClaimReport) => void;
  /** Ids of claims found and marked in the page. */
  placedClaimIds?: ReadonlySet<string>;
  /** Whether placing the report's claims in the page is over (until then no claim is known missing). */
  placementDone?: boolean;
  filter?: ClaimFilter;
  onFilterChange?: (filter: ClaimFilter) => void;
  /** The claim the reader came to from its mark in the page. */
  activeClaimId?: string | null;
  focusRequest?: FocusRequest | null;
  /** The open panel's width in px, and its change by the reader (`done` when worth saving). */
  width?: number;
  maxWidth?: number;
  onResize?: (width: number, done: boolean) => void;
  /** The page's scheme, which the sidebar follows. */
  theme?: Theme;
  /**
   * When the next slice of claims is rendered. The in-page sidebar, on the page's main thread, renders a
   * slice per idle moment; without it (tests, screenshots) the claims are rendered all at once.
   */
  scheduleSlice?: Schedule;
}

/**
 * Claims rendered per task. The panel shares the page's main thread; a claim with its evidence (marked
 * differences, dates) took 2 to 4 ms to render the first time in Chromium, so twenty claims rendered at
 * once made a task of 40 to 60 ms on a long page, with the report's message. This many stays well under
 * a long task (50 ms) on a busy machine too.
 */
export const CLAIMS_PER_SLICE = 4;

/**
 * How many of the ready report's listed claims are rendered: a slice at first, then a slice more per idle
 * moment until all are in. Once a report is all in, a report that replaces it while the page stays ready
 * (more text of the same article, checked quietly) is rendered whole, so the root never goes back to
 * `loading` under the reader; the slices start again after the next visible check.
 */
function useRenderedClaims(
  report: Report | null,
  schedule: Schedule | undefined,
): { limit: number; complete: boolean } {
  const first = schedule ? CLAIMS_PER_SLICE : Number.POSITIVE_INFINITY;
  const [limit, setLimit] = useState(first);
  const total = report ? claimsWithEvidence(report).length : 0;
  useEffect(() => {
    if (!schedule) return;
    if (!report) return setLimit(CLAIMS_PER_SLICE);
    if (limit >= total) return setLimit(Number.POSITIVE_INFINITY);
    let cancelled = false;
    schedule(() => {
      if (!cancelled) setLimit((current) => current + CLAIMS_PER_SLICE);
    });
    return () => {
      cancelled = true;
    };
  }, [report, limit, total, schedule]);
  return { limit, complete: limit >= total };
}

/** Scrolls the panel's own list (not the page) so that `element` is in view. */
function scrollIntoPanel(body: HTMLElement, element: HTMLElement) {
  const top = element.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop;
  const bottom = top + element.offsetHeight;
  if (top < body.scrollTop || bottom > body.scrollTop + body.clientHeight)
    body.scrollTop = Math.max(0, top - 8);
}

/**
 * The in-page sidebar (DESIGN.md, "Sidebar DOM"): a handle at the right edge while collapsed, a panel
 * beside the article while open. On a page with nothing to show (`not-article`, `off`) only the empty root
 * is rendered, hidden, so the state stays observable; a page left unread for being too large keeps its
 * handle, so the reader can find out why nothing was checked. The report is in the DOM whenever it is
 * ready, shown or not: its claims are rendered a slice per task, and the root says `ready` once all are.
 */
export function Sidebar(props: SidebarProps) {
  const { status, onToggle, focusRequest } = props;
  const hidden = (status.state === 'not-article' && !status.notArticle) || status.state === 'off';
  const width = props.width ?? PANEL_WIDTH_PX;
  const rendered = useRenderedClaims(status.state === 'ready' ? status.report : null, props.scheduleSlice);
  const state = status.state === 'ready' && !rendered.complete ? 'loading' : status.state;
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The toggle the reader used goes away (handle ⇄ header button): its replacement takes the focus, so a
  // keyboard reader is not dropped at the top of the page. A panel that opened by itself takes nothing.
  const focusToggle = useRef(false);
  const toggle = () => {
    focusToggle.current = true;
    onToggle();
  };
  useEffect(() => {
    if (!focusToggle.current) return;
    focusToggle.current = false;
    root.current?.querySelector<HTMLElement>('[data-testid="toggle"]')?.focus();
  }, [status.open]); // runs when the panel opens or closes
  // Each request is carried out once, as soon as what it points at is rendered (the panel may be opening).
  const handledSeq = useRef(0);
  useEffect(() => {
    if (!focusRequest || focusRequest.seq === handledSeq.current || !status.open || !root.current) return;
    if (focusRequest.to === 'panel') {
      root.current.querySelector<HTMLElement>('[data-testid="toggle"]')?.focus();
      handledSeq.current = focusRequest.seq;
      return;
    }
    const claim = [...root.current.querySelectorAll<HTMLElement>('[data-testid="claim"]')].find(
      (element) => element.getAttribute('data-claim-id') === focusRequest.claimId,
    );
    if (!claim || !body.current) return;
    handledSeq.current = focusRequest.seq;
    scrollIntoPanel(body.current, claim);
    claim.querySelector<HTMLElement>('[data-testid="claim-text"]')?.focus({ preventScroll: true });
  });
  return (
    <div
      ref={root}
      class="cc-sidebar"
      data-testid="sidebar"
      data-state={state}
      data-open={String(status.open)}
      data-theme={props.theme ?? 'light'}
      data-placement={state === 'ready' ? (props.placementDone ? 'done' : 'pending') : undefined}
      data-reason={status.state === 'not-article' ? status.notArticle?.reason : undefined}
    >
      {hidden ? null : (
        <>
          {status.open ? null : <SidebarHandle status={status} onToggle={toggle} />}
          <section
            id="cc-panel"
            class="cc-panel"
            aria-label="Crosscheck"
            style={{ width: `${width}px` }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && status.open) toggle();
            }}
          >
            {props.onResize ? (
              <ResizeHandle
                width={width}
                min={Math.min(MIN_PANEL_WIDTH_PX, width)}
                max={props.maxWidth ?? MAX_PANEL_WIDTH_PX}
                onResize={props.onResize}
              />
            ) : null}
            <header class="cc-panel-header">
              <h2 class="cc-brand">Crosscheck</h2>
              {status.open ? (
                <button
                  type="button"
                  class="cc-collapse"
                  data-testid="toggle"
                  aria-expanded="true"
                  aria-controls="cc-panel"
                  onClick={toggle}
                >
                  Hide <span aria-hidden="true">›</span>
                </button>
              ) : null}
            </header>
            <div class="cc-panel-body" ref={body}>
              <PanelBody {...props} claimLimit={rendered.limit} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
