import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../../components/format';
import { failureAlert } from '../../components/import-status';
import { OptionsView } from '../../components/options-view';
import { MAX_IMPORT_BYTES, SUPPORTED_EXTENSIONS } from '../../lib/core/import/index';
import { idbCorpusStore } from '../../lib/extension/corpora/idb-corpus-store';
import { getSettings, type Settings, settingsItem, updateSettings } from '../../lib/extension/storage';
import { useCorpora } from './use-corpora';
import { useImport } from './use-import';

const store = idbCorpusStore();

/** The options page bound to storage (settings, the reader's corpora) and to the background (the list). */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const corpora = useCorpora(store);
  const importer = useImport({
    reservedIds: () => corpora.corpora?.filter((corpus) => corpus.bundled).map((corpus) => corpus.id) ?? [],
    onDone: corpora.refresh,
    setNotice: corpora.setNotice,
    setAlert: corpora.setAlert,
  });

  useEffect(() => {
    void getSettings().then(setSettings);
    // Another options page (or the popup) changing the settings shows here too.
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);

  const save = async (change: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(change));
    } catch (error) {
      corpora.setAlert(failureAlert('The settings could not be saved.', error));
      setSettings(await getSettings());
    }
  };

  return (
    <OptionsView
      corpora={corpora.corpora}
      corporaError={corpora.listError}
      settings={settings}
      onSettingsChange={(change) => void save(change)}
      {...corpora.actions}
      importing={importer.importing}
      progress={importer.progress}
      notice={corpora.notice}
      alert={corpora.alert}
      onImport={(files) => void importer.start(files)}
      accept={SUPPORTED_EXTENSIONS}
      maxBytesLabel={formatBytes(MAX_IMPORT_BYTES)}
      storage={corpora.storage}
    />
  );
}
