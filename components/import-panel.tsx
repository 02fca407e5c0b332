import { useState } from 'preact/hooks';

export interface ImportPanelProps {
  /** An import is running: new files wait until it is done. */
  busy: boolean;
  /** File name endings the importer reads, for the picker (".json", ".csv"…). */
  accept: readonly string[];
  /** Largest file accepted, stated to the reader. */
  maxBytesLabel: string;
  onFiles: (files: File[]) => void;
}

/** Where files come in: a file picker (several at once) and a drop zone around it. */
export function ImportPanel({ busy, accept, maxBytesLabel, onFiles }: ImportPanelProps) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <section
      class="cc-dropzone"
      aria-label="Import corpora: choose files or drop them here"
      data-testid="import-dropzone"
      data-over={String(over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files);
      }}
    >
      <label class="cc-import-label">
        <span class="cc-button" aria-hidden="true">
          Import files…
        </span>
        <span class="cc-visually-hidden">Import corpus files</span>
        <input
          type="file"
          class="cc-visually-hidden"
          data-testid="import-file"
          multiple
          accept={accept.join(',')}
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            take(input.files);
            // The same file chosen again (after fixing it) must fire a change again.
            input.value = '';
          }}
        />
        <span class="cc-muted"> or drop them here</span>
      </label>
      <p class="cc-muted cc-import-help">
        A Crosscheck corpus file (.json) keeps its name and id. Articles in JSON Lines, CSV (a{' '}
        <code>text</code> or <code>articleBody</code> column), a JSON array, plain text, Markdown or HTML (one
        article a file) become one new corpus. Up to {maxBytesLabel} a file. If any file has a problem,
        nothing is imported: fix it and import again.
      </p>
    </section>
  );
}
