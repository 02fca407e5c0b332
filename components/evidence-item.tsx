import type { Match } from '../lib/core/types';
import { StanceBadge } from './stance-badge';

export interface EvidenceItemProps {
  match: Match;
}

/** Similarity as a whole percentage: finer steps would promise a precision the score does not have. */
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** One matched statement: its stance, its words, where it comes from, and why it was judged so. */
export function EvidenceItem({ match }: EvidenceItemProps) {
  const { statement } = match;
  return (
    <li class={`cc-evidence cc-evidence-${match.stance}`} data-testid="evidence" data-stance={match.stance}>
      <div class="cc-evidence-head">
        <StanceBadge stance={match.stance} />
        <span class="cc-score" title="How close the statement is to the claim">
          {percent(match.score)} similar
        </span>
      </div>
      <blockquote class="cc-evidence-text" data-testid="evidence-text">
        {statement.text}
      </blockquote>
      <p class="cc-evidence-source" data-testid="evidence-source">
        <span class="cc-outlet">{statement.source}</span>
        {statement.articleTitle ? <span class="cc-article-title">{statement.articleTitle}</span> : null}
      </p>
      {match.reasons.length > 0 ? (
        <ul class="cc-reasons">
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
