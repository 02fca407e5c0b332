import type { ClaimReport } from '../lib/core/types';
import { EvidenceItem } from './evidence-item';
import { orderEvidence, strongestStance } from './report-helpers';

/** Where placing the claim in the page stands: not yet done, found, or not found. */
export type ClaimPlacement = 'pending' | 'placed' | 'unplaced';

export interface ClaimItemProps {
  claim: ClaimReport;
  placement: ClaimPlacement;
  /** The claim the reader came to from the page: shown as current. */
  active?: boolean;
  /** The reader clicked the claim's text: take the page to it. */
  onShow: (claim: ClaimReport) => void;
}

/**
 * A claim of the article and the statements that bear on it, conflicts first. A claim found in the page is
 * a button that takes the reader there; one that could not be found says so, and is still listed.
 */
export function ClaimItem({ claim, placement, active = false, onShow }: ClaimItemProps) {
  const stance = strongestStance(claim.matches);
  return (
    <li
      class={`cc-claim${active ? ' cc-claim-active' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-placed={String(placement === 'placed')}
      data-stance={stance ?? undefined}
      aria-current={active ? 'true' : undefined}
    >
      {placement === 'unplaced' ? (
        <>
          <p class="cc-claim-text cc-claim-unplaced" data-testid="claim-text">
            {claim.text}
          </p>
          <p class="cc-claim-note" data-testid="claim-unplaced">
            Not found in the page as shown now.
          </p>
        </>
      ) : (
        <button
          type="button"
          class="cc-claim-text"
          data-testid="claim-text"
          title="Show this sentence in the page"
          onClick={() => onShow(claim)}
        >
          {claim.text}
        </button>
      )}
      <ul class="cc-evidence-list" aria-label="Evidence">
        {orderEvidence(claim.matches).map((match) => (
          <EvidenceItem
            key={`${match.statement.corpusId}/${match.statement.articleId}/${match.statement.text}`}
            match={match}
            claimText={claim.text}
          />
        ))}
      </ul>
    </li>
  );
}
