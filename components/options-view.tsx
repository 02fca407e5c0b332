import type { CorpusInfo } from '../lib/extension/shapes';
import type { Settings } from '../lib/extension/storage';
import { CorpusList } from './corpus-list';
import { SettingsForm } from './settings-form';

export interface OptionsViewProps {
  /** null until the background answers. */
  corpora: CorpusInfo[] | null;
  corporaError: string | null;
  /** null until storage answers. */
  settings: Settings | null;
  onSettingsChange: (change: Partial<Settings>) => void;
  onCorpusEnabledChange: (corpusId: string, enabled: boolean) => void;
}

/** The options page: the reference corpora, then the settings. */
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
        <CorpusList
          corpora={props.corpora}
          error={props.corporaError}
          onEnabledChange={props.onCorpusEnabledChange}
        />
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
