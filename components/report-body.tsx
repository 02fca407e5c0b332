import type { ClaimReport, Report } from '../lib/core/types';
import { ClaimItem } from './claim-item';
import { claimsWithEvidence, plural } from './report-helpers';
import { SummaryCounts } from './summary-counts';

export interface ReportBodyProps {
  report: Report;
  /** Ids of claims found and marked in the page (none until in-page highlighting exists). */
  placedClaimIds: ReadonlySet<string>;
  onShowClaim: (claim: ClaimReport) => void;
}

/**
 * The report in the panel: counts, the corpus articles left out because they are this page, and the claims
 * that have evidence. Claims without any are only counted, to keep the list to what there is to read.
 */
export function ReportBody({ report, placedClaimIds, onShowClaim }: ReportBodyProps) {
  const listed = claimsWithEvidence(report);
  const unlisted = report.claims.length - listed.length;
  return (
    <>
      <SummaryCounts summary={report.summary} testId="summary" />
      {report.excluded.map((article) => (
        <p class="cc-note" key={`${article.corpusId}/${article.articleId}`} data-testid="excluded">
          This page is “{article.title}” from {article.source}; it is left out as evidence.
        </p>
      ))}
      {report.unsupported ? (
        <p class="cc-note" data-testid="unsupported">
          {report.unsupported.reason}
        </p>
      ) : null}
      {listed.length > 0 ? (
        <ol class="cc-claims">
          {listed.map((claim) => (
            <ClaimItem
              key={claim.id}
              claim={claim}
              placed={placedClaimIds.has(claim.id)}
              onShow={onShowClaim}
            />
          ))}
        </ol>
      ) : null}
      {report.claims.length > 0 && listed.length === 0 ? (
        <p class="cc-muted">No statement in your corpora bears on the claims of this page.</p>
      ) : null}
      {unlisted > 0 && listed.length > 0 ? (
        <p class="cc-muted" data-testid="unmatched">
          {unlisted === 1 ? '1 other claim had' : `${unlisted} other claims had`} no evidence.
        </p>
      ) : null}
      <p class="cc-footer">
        Checked {plural(report.claims.length, 'claim')} in {Math.round(report.timings.totalMs)} ms, on this
        computer.
      </p>
    </>
  );
}
