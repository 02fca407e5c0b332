import type { ClaimReport, Report } from '../lib/core/types';
import { ClaimFilterBar } from './claim-filter';
import { ClaimItem, type ClaimPlacement } from './claim-item';
import { type ClaimFilter, claimsWithEvidence, filterClaims, filterCounts, plural } from './report-helpers';
import { SummaryCounts } from './summary-counts';

export interface ReportBodyProps {
  report: Report;
  /** Ids of claims found and marked in the page. */
  placedClaimIds: ReadonlySet<string>;
  /** Whether placing the claims in the page is over: only then is a claim not placed known to be missing. */
  placementDone: boolean;
  filter: ClaimFilter;
  onFilterChange: (filter: ClaimFilter) => void;
  /** The claim the reader came to from a mark in the page. */
  activeClaimId: string | null;
  onShowClaim: (claim: ClaimReport) => void;
  /** How many of the listed claims to render yet (the sidebar renders them a slice per task); all by default. */
  claimLimit?: number;
}

const EMPTY_FILTER: Readonly<Record<Exclude<ClaimFilter, 'all'>, string>> = {
  conflict: 'No statement in your corpora conflicts with a claim of this page.',
  agree: 'No statement in your corpora agrees with a claim of this page.',
};

/**
 * The report in the panel: counts, the corpus articles left out because they are this page, the filter,
 * and the claims that have evidence. Claims without any are only counted, to keep the list to what there
 * is to read.
 */
export function ReportBody(props: ReportBodyProps) {
  const { report, placedClaimIds, placementDone, filter, activeClaimId, onShowClaim } = props;
  const listed = claimsWithEvidence(report);
  const shown = filterClaims(report, filter).slice(0, props.claimLimit ?? Number.POSITIVE_INFINITY);
  // The page's report lists only the claims with evidence; the summary counts every claim checked.
  const unlisted = report.summary.claims - listed.length;
  const placementOf = (claim: ClaimReport): ClaimPlacement =>
    placedClaimIds.has(claim.id) ? 'placed' : placementDone ? 'unplaced' : 'pending';
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
        <>
          <ClaimFilterBar value={filter} counts={filterCounts(report)} onChange={props.onFilterChange} />
          <p class="cc-legend">
            In each statement, <mark class="cc-diff">marked</mark> words are those the claim does not share.
          </p>
          {shown.length > 0 ? (
            <ol class="cc-claims" aria-label="Claims with evidence">
              {shown.map((claim) => (
                <ClaimItem
                  key={claim.id}
                  claim={claim}
                  placement={placementOf(claim)}
                  active={claim.id === activeClaimId}
                  onShow={onShowClaim}
                />
              ))}
            </ol>
          ) : (
            <p class="cc-muted" data-testid="filter-empty">
              {filter === 'all' ? null : EMPTY_FILTER[filter]}
            </p>
          )}
        </>
      ) : null}
      {report.summary.claims > 0 && listed.length === 0 ? (
        <p class="cc-muted">No statement in your corpora bears on the claims of this page.</p>
      ) : null}
      {unlisted > 0 && listed.length > 0 ? (
        <p class="cc-muted" data-testid="unmatched">
          {unlisted === 1 ? '1 other claim had' : `${unlisted} other claims had`} no evidence.
        </p>
      ) : null}
      <p class="cc-footer">
        Checked {plural(report.summary.claims, 'claim')} in {Math.round(report.timings.totalMs)} ms, on this
        computer.
      </p>
    </>
  );
}
