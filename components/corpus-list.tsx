import type { CorpusInfo } from '../lib/extension/shapes';
import { plural } from './report-helpers';

export interface CorpusListProps {
  /** null while the background has not answered yet. */
  corpora: CorpusInfo[] | null;
  /** Set when the background could not be asked. */
  error: string | null;
  onEnabledChange: (corpusId: string, enabled: boolean) => void;
}

/** The reference corpora with their size, each switchable on and off as a source of evidence. */
export function CorpusList({ corpora, error, onEnabledChange }: CorpusListProps) {
  if (error) return <p class="cc-error-text">The list of corpora could not be loaded: {error}</p>;
  if (!corpora) return <p class="cc-muted">Loading…</p>;
  if (corpora.length === 0) return <p class="cc-muted">No corpus is installed.</p>;
  return (
    <ul class="cc-corpora">
      {corpora.map((corpus) => (
        <li
          key={corpus.id}
          class="cc-corpus"
          data-testid="corpus"
          data-corpus-id={corpus.id}
          data-enabled={String(corpus.enabled)}
        >
          <div class="cc-corpus-head">
            <h3 class="cc-corpus-name">{corpus.name}</h3>
            {corpus.bundled ? <span class="cc-tag">Built in</span> : null}
          </div>
          {corpus.description ? <p class="cc-corpus-description">{corpus.description}</p> : null}
          <p class="cc-muted" data-testid="corpus-counts">
            {plural(corpus.articleCount, 'article')} · {plural(corpus.statementCount, 'statement')}
          </p>
          <label class="cc-check">
            <input
              type="checkbox"
              data-testid="corpus-enabled"
              checked={corpus.enabled}
              onChange={(event) => onEnabledChange(corpus.id, event.currentTarget.checked)}
            />
            Use as evidence
          </label>
        </li>
      ))}
    </ul>
  );
}
