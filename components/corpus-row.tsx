import { useState } from 'preact/hooks';
import type { CorpusInfo } from '../lib/extension/shapes';
import { formatBytes, formatCount, formatDate } from './format';
import { plural } from './report-helpers';

export interface CorpusActions {
  onEnabledChange: (corpusId: string, enabled: boolean) => void;
  onExport: (corpusId: string) => void;
  onDelete: (corpusId: string) => void;
  onRename: (corpusId: string, name: string) => void;
}

export interface CorpusRowProps extends CorpusActions {
  corpus: CorpusInfo;
}

function RenameForm({
  name,
  onSave,
  onCancel,
}: {
  name: string;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(name);
  return (
    <form
      class="cc-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <input
        class="cc-input"
        data-testid="corpus-name-input"
        aria-label="Corpus name"
        value={value}
        maxLength={200}
        // The reader asked to rename: put the cursor where the typing goes.
        // biome-ignore lint/a11y/noAutofocus: focus follows the reader's own click on Rename
        autoFocus
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" class="cc-button" data-testid="corpus-rename-save" disabled={!value.trim()}>
        Save
      </button>
      <button type="button" class="cc-link" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** Where the corpus came from, and the outlets its articles are from. */
function sourceLine(corpus: CorpusInfo): string {
  const outlets = corpus.outlets.length > 0 ? ` · outlets: ${corpus.outlets.join(', ')}` : '';
  return `${corpus.origin}${outlets}`;
}

/** One corpus: what it is, how big, and what the reader can do with it. */
export function CorpusRow({ corpus, onEnabledChange, onExport, onDelete, onRename }: CorpusRowProps) {
  const [renaming, setRenaming] = useState(false);
  const dates = corpus.addedAt
    ? `created ${formatDate(corpus.createdAt)}, added ${formatDate(corpus.addedAt)}`
    : `created ${formatDate(corpus.createdAt)}`;
  return (
    <li
      class="cc-corpus"
      data-testid="corpus"
      data-corpus-id={corpus.id}
      data-enabled={String(corpus.enabled)}
    >
      <div class="cc-corpus-head">
        {renaming ? (
          <RenameForm
            name={corpus.name}
            onCancel={() => setRenaming(false)}
            onSave={(name) => {
              setRenaming(false);
              if (name !== corpus.name) onRename(corpus.id, name);
            }}
          />
        ) : (
          <h3 class="cc-corpus-name" data-testid="corpus-name">
            {corpus.name}
          </h3>
        )}
        {corpus.bundled ? <span class="cc-tag">Built in</span> : null}
      </div>
      {corpus.description ? <p class="cc-corpus-description">{corpus.description}</p> : null}
      <p class="cc-muted" data-testid="corpus-source">
        {sourceLine(corpus)}
      </p>
      <p class="cc-muted" data-testid="corpus-counts">
        {plural(corpus.articleCount, 'article')} · {formatCount(corpus.statementCount)}{' '}
        {corpus.statementCount === 1 ? 'statement' : 'statements'} · {formatBytes(corpus.bytes)} · {dates}
      </p>
      <div class="cc-corpus-actions">
        <label class="cc-check">
          <input
            type="checkbox"
            data-testid="corpus-enabled"
            checked={corpus.enabled}
            onChange={(event) => onEnabledChange(corpus.id, event.currentTarget.checked)}
          />
          Use as evidence
        </label>
        <button type="button" class="cc-link" data-testid="export" onClick={() => onExport(corpus.id)}>
          Export
        </button>
        {corpus.bundled ? (
          <span class="cc-muted cc-small">Built in: it can be switched off, not deleted.</span>
        ) : (
          <>
            <button
              type="button"
              class="cc-link"
              data-testid="corpus-rename"
              onClick={() => setRenaming(true)}
            >
              Rename
            </button>
            <button
              type="button"
              class="cc-link cc-danger"
              data-testid="corpus-delete"
              onClick={() => onDelete(corpus.id)}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
