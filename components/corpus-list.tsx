import type { CorpusInfo } from '../lib/extension/shapes';
import { type CorpusActions, CorpusRow } from './corpus-row';

export interface CorpusListProps extends CorpusActions {
  /** null while the background has not answered yet. */
  corpora: CorpusInfo[] | null;
  /** Set when the background could not be asked. */
  error: string | null;
}

/** The reference corpora, bundled first, then the reader's in the order they were added. */
export function CorpusList({ corpora, error, ...actions }: CorpusListProps) {
  if (error) return <p class="cc-error-text">The list of corpora could not be loaded: {error}</p>;
  if (!corpora) return <p class="cc-muted">Loading…</p>;
  if (corpora.length === 0) return <p class="cc-muted">No corpus is installed.</p>;
  return (
    <ul class="cc-corpora">
      {corpora.map((corpus) => (
        <CorpusRow key={corpus.id} corpus={corpus} {...actions} />
      ))}
    </ul>
  );
}
