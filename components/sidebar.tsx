import { useEffect, useRef } from 'preact/hooks';
import type { ClaimReport } from '../lib/core/types';
import { PANEL_WIDTH_PX } from '../lib/extension/layout';
import type { PageStatus } from '../lib/extension/shapes';
import { ReportBody } from './report-body';
import { SidebarHandle } from './sidebar-handle';

export interface SidebarProps {
  status: PageStatus;
  /** Open or collapse the panel (from an unchecked page, opening also checks it). */
  onToggle: () => void;
  /** Run the check again, after an error. */
  onRetry: () => void;
  /** The reader clicked a claim's text: take the page to it. */
  onShowClaim: (claim: ClaimReport) => void;
  /** Ids of claims found and marked in the page; empty until in-page highlighting exists. */
  placedClaimIds?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

function PanelBody({ status, onRetry, onShowClaim, placedClaimIds = NONE }: Omit<SidebarProps, 'onToggle'>) {
  switch (status.state) {
    case 'ready':
      return status.report ? (
        <ReportBody report={status.report} placedClaimIds={placedClaimIds} onShowClaim={onShowClaim} />
      ) : null;
    case 'loading':
    case 'idle':
      return <p class="cc-muted">Checking this page against your corpora…</p>;
    case 'error':
      return (
        <div class="cc-error" role="alert">
          <p>Crosscheck could not check this page.</p>
          {status.error ? <p class="cc-muted">{status.error}</p> : null}
          <button type="button" class="cc-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
    default:
      return null;
  }
}

/**
 * The in-page sidebar (DESIGN.md, "Sidebar DOM"): a handle at the right edge while collapsed, a panel
 * beside the article while open. On a page with nothing to show (`not-article`, `off`) only the empty root
 * is rendered, hidden, so the state stays observable. The report is in the DOM whenever it is ready,
 * shown or not.
 */
export function Sidebar(props: SidebarProps) {
  const { status, onToggle } = props;
  const hidden = status.state === 'not-article' || status.state === 'off';
  const root = useRef<HTMLDivElement>(null);
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
  return (
    <div
      ref={root}
      class="cc-sidebar"
      data-testid="sidebar"
      data-state={status.state}
      data-open={String(status.open)}
    >
      {hidden ? null : (
        <>
          {status.open ? null : <SidebarHandle status={status} onToggle={toggle} />}
          <section
            id="cc-panel"
            class="cc-panel"
            aria-label="Crosscheck"
            style={{ width: `${PANEL_WIDTH_PX}px` }}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && status.open) toggle();
            }}
          >
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
            <div class="cc-panel-body">
              <PanelBody {...props} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
