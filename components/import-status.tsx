/** What an import is doing, how the last action went, and what went wrong. */
import type { ImportProgress } from '../lib/extension/corpora/import-protocol';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../lib/extension/corpora/storage-full';
import { formatBytes, formatCount } from './format';

export interface ProgressView {
  label: string;
  /** 0..1, or null while the amount of work left is unknown (indexing). */
  fraction: number | null;
}

export interface Notice {
  text: string;
  /** Offered for a while after a deletion. */
  onUndo?: () => void;
}

/** Something that went wrong: a sentence, and the problems (each naming its file and line or field). */
export interface AlertView {
  summary: string;
  items: string[];
  /** Set when the browser's storage is full (the alert's `data-reason`), whatever the action was. */
  reason?: 'storage-full';
}

/** The alert when the browser's storage is full: one sentence, the same for every action. */
export const storageFullAlert = (): AlertView => ({
  summary: STORAGE_FULL_MESSAGE,
  items: [],
  reason: 'storage-full',
});

/** The alert for a failed action: `summary` and the error, or the storage-full alert when that is why. */
export function failureAlert(summary: string, error: unknown): AlertView {
  if (isStorageFull(error)) return storageFullAlert();
  return { summary, items: [error instanceof Error ? error.message : String(error)] };
}

export interface ImportStatusProps {
  progress: ProgressView | null;
  notice: Notice | null;
  alert: AlertView | null;
}

/**
 * One status region (progress and success, announced politely) and, only while there is something wrong,
 * one alert: the DOM contract of the options page (docs/contracts/options.md).
 */
export function ImportStatus({ progress, notice, alert }: ImportStatusProps) {
  return (
    <>
      <div class="cc-status" role="status" data-testid="status">
        {progress ? (
          <div class="cc-progress">
            <span>{progress.label}</span>
            {progress.fraction === null ? (
              <progress data-testid="import-progress" />
            ) : (
              <progress data-testid="import-progress" max={1} value={progress.fraction} />
            )}
          </div>
        ) : notice ? (
          <p class="cc-notice">
            {notice.text}{' '}
            {notice.onUndo ? (
              <button type="button" class="cc-link" data-testid="undo-delete" onClick={notice.onUndo}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {alert ? (
        <div class="cc-alert" role="alert" data-testid="error" data-reason={alert.reason}>
          <p class="cc-alert-summary">{alert.summary}</p>
          {alert.items.length > 0 ? (
            <ul>
              {alert.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/**
 * The progress bar and its words for a step of the import. Reading is measured in bytes; splitting and
 * indexing run as one call per corpus with nothing to count, so the bar says it is busy instead of
 * inventing a share.
 */
export function progressView(progress: ImportProgress): ProgressView {
  if (progress.phase === 'read') {
    const fraction = progress.total > 0 ? progress.done / progress.total : 0;
    return {
      label: `Reading files… ${formatBytes(progress.done)} of ${formatBytes(progress.total)}`,
      fraction,
    };
  }
  if (progress.phase === 'index') {
    const articles = progress.articles === undefined ? '' : ` ${formatCount(progress.articles)} articles`;
    return { label: `Splitting and indexing${articles}…`, fraction: null };
  }
  return { label: 'Saving…', fraction: null };
}
