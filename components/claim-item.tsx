import type { ClaimReport } from '../lib/core/types';
import { EvidenceItem } from './evidence-item';
import { orderEvidence } from './report-helpers';

export interface ClaimItemProps {
  claim: ClaimReport;
  /** Whether the claim was found and marked in the page; false until in-page highlighting exists. */
  placed: boolean;
  /** The reader clicked the claim's text: take the page to it. */
  onShow: (claim: ClaimReport) => void;
}

/** A claim of the article and the statements that bear on it, conflicts first. */
export function ClaimItem({ claim, placed, onShow }: ClaimItemProps) {
  return (
    <li class="cc-claim" data-testid="claim" data-claim-id={claim.id} data-placed={String(placed)}>
      <button
        type="button"
        class="cc-claim-text"
        data-testid="claim-text"
        title="Show this sentence in the page"
        onClick={() => onShow(claim)}
      >
        {claim.text}
      </button>
      <ul class="cc-evidence-list">
        {orderEvidence(claim.matches).map((match) => (
          <EvidenceItem
            key={`${match.statement.corpusId}/${match.statement.articleId}/${match.statement.text}`}
            match={match}
          />
        ))}
      </ul>
    </li>
  );
}
