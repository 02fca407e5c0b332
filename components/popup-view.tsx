import type { PageStatus } from '../lib/extension/shapes';
import { AddToCorpus, type AddToCorpusProps } from './add-to-corpus';
import { TOO_LARGE_WHY, tooLargeSentence, topConflicts } from './report-helpers';
import { StanceBadge } from './stance-badge';
import { SummaryCounts } from './summary-counts';

/** The popup's view of the active tab: the page's status, or `unavailable` when no content script answers. */
export type PopupStatus = PageStatus | { state: 'unavailable' };

export interface PopupViewProps {
  status: PopupStatus;
  /** Ask the page to open its sidebar (and check the page first when it is `idle`). */
  onOpenSidebar: () => void;
  onOpenOptions: () => void;
  /** "Add this page to a corpus", offered once the page is checked (its article is what gets added). */
  add?: AddToCorpusProps;
}

/** How many conflicts the popup lists: a glance, the sidebar has the rest. */
const TOP_CONFLICTS = 3;

function Message({ status }: { status: PopupStatus }) {
  switch (status.state) {
    case 'unavailable':
      return (
        <p>
          Crosscheck cannot read this page. Browser pages, extension stores and some file types are closed to
          extensions; a page that was open before Crosscheck was installed or updated needs a reload.
        </p>
      );
    case 'not-article':
      return status.notArticle ? (
        <div data-testid="popup-reason" data-reason={status.notArticle.reason}>
          <p>{tooLargeSentence(status.notArticle)}</p>
          <p class="cc-muted">{TOO_LARGE_WHY}</p>
        </div>
      ) : (
        <p>This page does not look like an article, so there is nothing to check.</p>
      );
    case 'off':
      return <p>This site is on your list of sites never to check.</p>;
    case 'idle':
      return <p>Crosscheck checks pages only when you ask (see the options).</p>;
    case 'loading':
      return <p>Checking this page…</p>;
    case 'error':
      return <p>Crosscheck could not check this page{status.error ? `: ${status.error}` : '.'}</p>;
    default:
      return null;
  }
}

/** The toolbar popup: the active page's counts, its strongest conflicts, and the way to the sidebar. */
export function PopupView({ status, onOpenSidebar, onOpenOptions, add }: PopupViewProps) {
  const report = status.state === 'ready' ? status.report : null;
  const conflicts = report ? topConflicts(report, TOP_CONFLICTS) : [];
  const canOpen = status.state !== 'unavailable' && status.state !== 'not-article' && status.state !== 'off';
  return (
    <main
      class="cc-popup"
      data-testid="popup"
      data-state={status.state}
      data-reason={status.state === 'not-article' ? status.notArticle?.reason : undefined}
    >
      <h1 class="cc-popup-title">Crosscheck</h1>
      {report ? (
        <>
          <p class="cc-popup-article">{report.article.title}</p>
          <SummaryCounts summary={report.summary} testId="popup-summary" />
          {report.unsupported ? <p class="cc-note">{report.unsupported.reason}</p> : null}
          {conflicts.length > 0 ? (
            <ol class="cc-popup-conflicts">
              {conflicts.map(({ claim, match }) => (
                <li key={claim.id} class="cc-popup-conflict" data-testid="popup-conflict">
                  <p class="cc-popup-claim">{claim.text}</p>
                  <StanceBadge stance="conflict" />
                  <blockquote class="cc-evidence-text">{match.statement.text}</blockquote>
                  <p class="cc-evidence-source">
                    <span class="cc-outlet">{match.statement.source}</span>
                    {match.statement.articleTitle ? (
                      <span class="cc-article-title">{match.statement.articleTitle}</span>
                    ) : null}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p class="cc-muted">No conflicting statement found.</p>
          )}
        </>
      ) : (
        <Message status={status} />
      )}
      {report && add ? <AddToCorpus {...add} /> : null}
      <footer class="cc-popup-actions">
        {canOpen ? (
          <button type="button" class="cc-button" data-testid="open-sidebar" onClick={onOpenSidebar}>
            {status.state === 'idle' ? 'Check this page' : 'Open sidebar'}
          </button>
        ) : null}
        <button type="button" class="cc-link" data-testid="open-options" onClick={onOpenOptions}>
          Options
        </button>
      </footer>
    </main>
  );
}
