import type { Match } from '../lib/core/types';
import { formatDate, linkableUrl } from './format';
import { MarkedText } from './marked-text';
import { StanceBadge } from './stance-badge';

export interface EvidenceItemProps {
  match: Match;
  /** The claim the statement is evidence for: a conflict shows it again with its differing words marked. */
  claimText?: string;
}

/** Similarity as a whole percentage: finer steps would promise a precision the score does not have. */
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** Where the statement comes from: outlet, article title (a link when the corpus has its address), date. */
function EvidenceSource({ match }: EvidenceItemProps) {
  const { statement } = match;
  const href = linkableUrl(statement.url);
  const title = statement.articleTitle.trim();
  return (
    <p class="cc-evidence-source" data-testid="evidence-source">
      <span class="cc-outlet">{statement.source}</span>
      {title ? (
        <span class="cc-article-title">
          {href ? (
            <a
              class="cc-source-link"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="evidence-link"
            >
              {title}
              <span class="cc-visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            title
          )}
        </span>
      ) : null}
      {statement.published ? (
        <time class="cc-published" dateTime={statement.published} data-testid="evidence-date">
          {formatDate(statement.published)}
        </time>
      ) : null}
    </p>
  );
}

/** One matched statement: its stance, its words (those the claim lacks marked), its source, and why. */
export function EvidenceItem({ match, claimText }: EvidenceItemProps) {
  return (
    <li class={`cc-evidence cc-evidence-${match.stance}`} data-testid="evidence" data-stance={match.stance}>
      <div class="cc-evidence-head">
        <StanceBadge stance={match.stance} />
        <span class="cc-score" title="How close the statement is to the claim">
          {percent(match.score)} similar
        </span>
      </div>
      <blockquote class="cc-evidence-text" data-testid="evidence-text">
        <MarkedText text={match.statement.text} words={match.differences?.statement} />
      </blockquote>
      {claimText && match.stance === 'conflict' && match.differences?.claim.length ? (
        <p class="cc-claim-differs" data-testid="evidence-claim-diff">
          <span class="cc-claim-differs-label">The claim: </span>
          <MarkedText text={claimText} words={match.differences.claim} />
        </p>
      ) : null}
      <EvidenceSource match={match} />
      {match.reasons.length > 0 ? (
        <ul class="cc-reasons" aria-label="Why">
          {match.reasons.map((reason, i) => (
            // Reasons have no id; their order is fixed by the report, so the index is stable.
            <li key={i} class="cc-reason" data-testid="evidence-reason" data-reason-kind={reason.kind}>
              {reason.detail}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
