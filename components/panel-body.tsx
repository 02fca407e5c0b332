import { ReportBody } from './report-body';
import { TOO_LARGE_WHY, tooLargeSentence } from './report-helpers';
import type { SidebarProps } from './sidebar';

const NONE: ReadonlySet<string> = new Set();

/**
 * What the open panel shows for the page's state: the report, progress, the error and a retry, or why a
 * page too large to read was not checked.
 */
export function PanelBody(props: Omit<SidebarProps, 'onToggle'> & { claimLimit?: number }) {
  const { status, onRetry } = props;
  switch (status.state) {
    case 'ready':
      return status.report ? (
        <ReportBody
          report={status.report}
          placedClaimIds={props.placedClaimIds ?? NONE}
          placementDone={props.placementDone ?? false}
          filter={props.filter ?? 'all'}
          onFilterChange={props.onFilterChange ?? (() => {})}
          activeClaimId={props.activeClaimId ?? null}
          onShowClaim={props.onShowClaim}
          claimLimit={props.claimLimit}
        />
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
    case 'not-article':
      return status.notArticle ? (
        <div data-testid="not-article-reason" data-reason={status.notArticle.reason}>
          <p>{tooLargeSentence(status.notArticle)}</p>
          <p class="cc-muted">{TOO_LARGE_WHY}</p>
        </div>
      ) : null;
    default:
      return null;
  }
}
