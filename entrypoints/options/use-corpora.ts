/**
 * The options page's corpora: the list the background holds, kept fresh when anything changes them (this
 * page, the popup, another options tab), and the actions on one corpus with their notices and errors.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AlertView, Notice } from '../../components/import-status';
import type { StorageView } from '../../components/options-view';
import {
  deleteCorpus,
  purgeDeleted,
  renameCorpus,
  restoreCorpus,
  storedCorpusFile,
  UNDO_MS,
} from '../../lib/extension/corpora/corpus-actions';
import type { CorpusStore } from '../../lib/extension/corpora/corpus-store';
import { downloadCorpusFile, exportFileName } from '../../lib/extension/corpora/download';
import { sendToBackground } from '../../lib/extension/messaging';
import type { CorpusInfo } from '../../lib/extension/shapes';
import { getSettings, updateSettings, watchEvidence } from '../../lib/extension/storage';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function browserUsage(): Promise<number | null> {
  try {
    return (await navigator.storage?.estimate?.())?.usage ?? null;
  } catch {
    return null;
  }
}

export function useCorpora(store: CorpusStore) {
  const [corpora, setCorpora] = useState<CorpusInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [alert, setAlert] = useState<AlertView | null>(null);
  const [storage, setStorage] = useState<StorageView | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const result = await sendToBackground('listCorpora', null);
    if (!result.ok) return setListError(result.error);
    setCorpora(result.value);
    setListError(null);
    const corporaBytes = result.value.reduce((sum, corpus) => sum + corpus.bytes, 0);
    setStorage({ corporaBytes, usedBytes: await browserUsage() });
  }, []);

  useEffect(() => {
    void purgeDeleted(store).finally(refresh);
    const stop = watchEvidence(() => void refresh());
    return () => {
      stop();
      clearTimeout(undoTimer.current);
    };
  }, [store, refresh]);

  const nameOf = (id: string) => corpora?.find((corpus) => corpus.id === id)?.name ?? id;

  /** Runs an action, showing its failure in the alert; returns whether it worked. */
  const attempt = async (failure: string, action: () => Promise<void>): Promise<boolean> => {
    try {
      await action();
      setAlert(null);
      return true;
    } catch (error) {
      setAlert({ summary: failure, items: [errorText(error)] });
      return false;
    }
  };

  const actions = {
    async onEnabledChange(id: string, enabled: boolean) {
      // Shown at once; the background's list, asked again below, then confirms it.
      setCorpora(
        (list) => list?.map((corpus) => (corpus.id === id ? { ...corpus, enabled } : corpus)) ?? null,
      );
      const others = (await getSettings()).disabledCorpora.filter((other) => other !== id);
      await updateSettings({ disabledCorpora: enabled ? others : [...others, id] });
      await refresh();
    },
    async onExport(id: string) {
      const corpus = corpora?.find((candidate) => candidate.id === id);
      await attempt(`“${nameOf(id)}” could not be exported.`, async () => {
        const reply = corpus?.bundled ? await sendToBackground('bundledCorpusFile', null) : null;
        if (reply && !reply.ok) throw new Error(reply.error);
        const file = reply ? reply.value : await storedCorpusFile(store, id);
        downloadCorpusFile(file);
        setNotice({ text: `Exported “${file.name}” as ${exportFileName(file)}.` });
      });
    },
    async onDelete(id: string) {
      const name = nameOf(id);
      const done = await attempt(`“${name}” could not be deleted.`, () => deleteCorpus(store, id));
      if (!done) return;
      await refresh();
      const undo = async () => {
        clearTimeout(undoTimer.current);
        if (await attempt(`“${name}” could not be restored.`, () => restoreCorpus(store, id))) {
          setNotice({ text: `Restored “${name}”.` });
          await refresh();
        }
      };
      setNotice({ text: `Deleted “${name}”.`, onUndo: () => void undo() });
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => {
        setNotice((current) => (current?.onUndo ? { text: current.text } : current));
        void purgeDeleted(store);
      }, UNDO_MS);
    },
    async onRename(id: string, name: string) {
      if (await attempt(`“${nameOf(id)}” could not be renamed.`, () => renameCorpus(store, id, name))) {
        await refresh();
      }
    },
  };

  return {
    corpora,
    listError,
    storage,
    notice,
    alert,
    setNotice,
    setAlert,
    refresh,
    actions,
  };
}
