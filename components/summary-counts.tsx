import type { Summary } from '../lib/core/types';
import { plural } from './report-helpers';
import { StanceIcon } from './stance-badge';

export interface SummaryCountsProps {
  summary: Summary;
  /** `summary` in the sidebar, `popup-summary` in the popup (the DOM contract's names). */
  testId: string;
}

/**
 * The report's counts: claims checked and, for each stance, how many claims have such evidence. The
 * counts are also data attributes, the contract tests and other tools read.
 */
export function SummaryCounts({ summary, testId }: SummaryCountsProps) {
  return (
    <div
      class="cc-summary"
      data-testid={testId}
      data-claims={summary.claims}
      data-agree={summary.agree}
      data-conflict={summary.conflict}
      data-related={summary.related}
    >
      <p class="cc-summary-total">{plural(summary.claims, 'claim')} checked</p>
      <ul class="cc-summary-counts" title="Claims with at least one statement of each kind">
        <li class="cc-count cc-stance-conflict">
          <StanceIcon stance="conflict" />
          <strong>{summary.conflict}</strong> conflicting
        </li>
        <li class="cc-count cc-stance-agree">
          <StanceIcon stance="agree" />
          <strong>{summary.agree}</strong> agreeing
        </li>
        <li class="cc-count cc-stance-related">
          <StanceIcon stance="related" />
          <strong>{summary.related}</strong> related
        </li>
      </ul>
    </div>
  );
}
