import { useState } from 'preact/hooks';

/** A corpus the page can go into: one of the reader's own (the bundled one is built, not edited). */
export interface CorpusTarget {
  id: string;
  name: string;
}

export type AddTarget = { corpusId: string } | { newName: string };

export type AddState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

export interface AddToCorpusProps {
  /** The reader's corpora; null while they are being listed. */
  targets: CorpusTarget[] | null;
  state: AddState;
  onAdd: (target: AddTarget) => void;
}

/** The value of the "new corpus" choice; corpus ids are never empty. */
const NEW = '';
const DEFAULT_NAME = 'My pages';

/** "Add this page to a corpus": pick one of the reader's corpora or name a new one. */
export function AddToCorpus({ targets, state, onAdd }: AddToCorpusProps) {
  const [choice, setChoice] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const picked = choice ?? targets?.[0]?.id ?? NEW;
  return (
    <form
      class="cc-add"
      data-testid="add-to-corpus"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(picked === NEW ? { newName: newName.trim() || DEFAULT_NAME } : { corpusId: picked });
      }}
    >
      <label class="cc-add-label" for="cc-add-target">
        Add this page to a corpus
      </label>
      <div class="cc-add-row">
        <select
          id="cc-add-target"
          class="cc-input"
          data-testid="add-target"
          value={picked}
          onChange={(event) => setChoice(event.currentTarget.value)}
        >
          {(targets ?? []).map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
          <option value={NEW}>New corpus…</option>
        </select>
        {picked === NEW ? (
          <input
            class="cc-input"
            data-testid="add-new-name"
            aria-label="Name of the new corpus"
            placeholder={DEFAULT_NAME}
            maxLength={200}
            value={newName}
            onInput={(event) => setNewName(event.currentTarget.value)}
          />
        ) : null}
        <button type="submit" class="cc-button" data-testid="add-page" disabled={state.kind === 'busy'}>
          Add
        </button>
      </div>
      {state.kind === 'error' ? (
        <p class="cc-error-text" role="alert">
          {state.text}
        </p>
      ) : (
        <p class="cc-muted" role="status">
          {state.kind === 'done' ? state.text : state.kind === 'busy' ? 'Adding…' : ''}
        </p>
      )}
    </form>
  );
}
