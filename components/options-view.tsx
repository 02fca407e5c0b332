import type { CorpusInfo } from '../lib/extension/shapes';
import type { Settings } from '../lib/extension/storage';
import { CorpusList } from './corpus-list';
import type { CorpusActions } from './corpus-row';
import { formatBytes } from './format';
import { ImportPanel } from './import-panel';
import { type AlertView, ImportStatus, type Notice, type ProgressView } from './import-status';
import { SettingsForm } from './settings-form';

export interface StorageView {
  /** What the corpora take, as the corpus list counts it. */
  corporaBytes: number;
  /** What the browser counts for the extension, when it says. */
  usedBytes: number | null;
}

export interface OptionsViewProps extends CorpusActions {
  /** null until the background answers. */
  corpora: CorpusInfo[] | null;
  corporaError: string | null;
  /** null until storage answers. */
  settings: Settings | null;
  onSettingsChange: (change: Partial<Settings>) => void;
  importing: boolean;
  progress: ProgressView | null;
  notice: Notice | null;
  alert: AlertView | null;
  onImport: (files: File[]) => void;
  accept: readonly string[];
  maxBytesLabel: string;
  storage: StorageView | null;
}

function StorageLine({ storage }: { storage: StorageView }) {
  const browserCount =
    storage.usedBytes === null
      ? ''
      : ` In all, the browser counts ${formatBytes(storage.usedBytes)} stored for Crosscheck.`;
  return (
    <p class="cc-muted" data-testid="storage-used">
      Storage used: the corpora hold about {formatBytes(storage.corporaBytes)} of text and index.
      {browserCount}
    </p>
  );
}

/** The options page: the reference corpora and their import, then the settings. */
export function OptionsView(props: OptionsViewProps) {
  return (
    <main class="cc-options" data-testid="options">
      <h1>Crosscheck</h1>
      <p class="cc-muted">
        Everything runs on this computer: pages are checked against the corpora below, and nothing is sent
        anywhere.
      </p>
      <section aria-labelledby="cc-corpora-title">
        <h2 id="cc-corpora-title">Reference corpora</h2>
        <ImportPanel
          busy={props.importing}
          accept={props.accept}
          maxBytesLabel={props.maxBytesLabel}
          onFiles={props.onImport}
        />
        <ImportStatus progress={props.progress} notice={props.notice} alert={props.alert} />
        <CorpusList
          corpora={props.corpora}
          error={props.corporaError}
          onEnabledChange={props.onEnabledChange}
          onExport={props.onExport}
          onDelete={props.onDelete}
          onRename={props.onRename}
        />
        {props.storage ? <StorageLine storage={props.storage} /> : null}
      </section>
      <section aria-labelledby="cc-settings-title">
        <h2 id="cc-settings-title">Settings</h2>
        {props.settings ? (
          <SettingsForm settings={props.settings} onChange={props.onSettingsChange} />
        ) : (
          <p class="cc-muted">Loading…</p>
        )}
      </section>
    </main>
  );
}
