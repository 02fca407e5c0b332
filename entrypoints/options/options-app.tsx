import { useCallback, useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/options-view';
import { sendToBackground } from '../../lib/extension/messaging';
import type { CorpusInfo } from '../../lib/extension/shapes';
import { getSettings, type Settings, updateSettings } from '../../lib/extension/storage';

/** The options page bound to storage (settings) and to the background (the corpora it holds). */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corpora, setCorpora] = useState<CorpusInfo[] | null>(null);
  const [corporaError, setCorporaError] = useState<string | null>(null);

  const loadCorpora = useCallback(async () => {
    const result = await sendToBackground('listCorpora', null);
    if (result.ok) {
      setCorpora(result.value);
      setCorporaError(null);
    } else {
      setCorporaError(result.error);
    }
  }, []);

  useEffect(() => {
    void getSettings().then(setSettings);
    void loadCorpora();
  }, [loadCorpora]);

  const save = async (change: Partial<Settings>) => setSettings(await updateSettings(change));

  const setCorpusEnabled = async (corpusId: string, enabled: boolean) => {
    // Shown at once; the background's list, asked again below, then confirms it.
    setCorpora(
      (list) => list?.map((corpus) => (corpus.id === corpusId ? { ...corpus, enabled } : corpus)) ?? null,
    );
    const current = await getSettings();
    const others = current.disabledCorpora.filter((id) => id !== corpusId);
    await save({ disabledCorpora: enabled ? others : [...others, corpusId] });
    await loadCorpora();
  };

  return (
    <OptionsView
      corpora={corpora}
      corporaError={corporaError}
      settings={settings}
      onSettingsChange={(change) => void save(change)}
      onCorpusEnabledChange={(corpusId, enabled) => void setCorpusEnabled(corpusId, enabled)}
    />
  );
}
