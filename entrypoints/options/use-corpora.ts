/**
 * The options page's corpora: the list the background holds, kept fresh when anything changes them (this
 * page, the popup, another options tab), and the actions on one corpus with their notices and errors.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type AlertView, failureAlert, type Notice } from '../../components/import-status';
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
import { setCorpusEnabled, watchEvidence } from '../../lib/extension/storage';

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

  const lastAsked = useRef(0);
  /** Switches clicked here and not yet saved: a list read before the save must not flip them back. */
  const switching = useRef(new Map<string, boolean>());

  const withSwitches = (list: CorpusInfo[]) =>
    list.map((corpus) => {
      const enabled = switching.current.get(corpus.id);
      return enabled === undefined ? corpus : { ...corpus, enabled };
    });

  const refresh = useCallback(async () => {
    // Changes in another page and in this one can ask at once: only the latest answer is shown, or an
    // earlier list arriving late would bring back a corpus just deleted.
    const asked = ++lastAsked.current;
    const result = await sendToBackground('listCorpora', null);
    if (asked !== lastAsked.current) return;
    if (!result.ok) return setListError(result.error);
    setCorpora(withSwitches(result.value));
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
      setAlert(failureAlert(failure, error));
      return false;
    }
  };

  const actions = {
    async onEnabledChange(id: string, enabled: boolean) {
      // Shown at once; the background's list, asked again below, then confirms it.
      switching.current.set(id, enabled);
      setCorpora((list) => list && withSwitches(list));
      // Read and written under the settings lock: another page switching another corpus meanwhile keeps its switch.
      await attempt(`“${nameOf(id)}” could not be switched ${enabled ? 'on' : 'off'}.`, async () => {
        await setCorpusEnabled(id, enabled);
      }).finally(() => {
        if (switching.current.get(id) === enabled) switching.current.delete(id);
      });
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
