/** Imports files through the worker, showing progress, then the outcome: a notice, or the problems found. */
import { useState } from 'preact/hooks';
import { formatCount } from '../../components/format';
import {
  type AlertView,
  failureAlert,
  type Notice,
  type ProgressView,
  progressView,
  storageFullAlert,
} from '../../components/import-status';
import { importFiles } from '../../lib/extension/corpora/import-client';
import type { StoredCorpusMeta } from '../../lib/extension/corpora/stored-corpus';
import { markCorporaChanged } from '../../lib/extension/storage';
import { createImportWorker, parseHtml } from './create-import-worker';

function importedNotice(corpora: readonly StoredCorpusMeta[], ms: number): Notice {
  const seconds = `${(ms / 1000).toFixed(1)} s`;
  const counts = (meta: StoredCorpusMeta) =>
    `${formatCount(meta.articleCount)} ${meta.articleCount === 1 ? 'article' : 'articles'}, ${formatCount(meta.statementCount)} statements`;
  if (corpora.length === 1 && corpora[0]) {
    return { text: `Imported “${corpora[0].name}”: ${counts(corpora[0])}, in ${seconds}.` };
  }
  return {
    text: `Imported ${corpora.length} corpora (${corpora.map((meta) => `“${meta.name}”`).join(', ')}) in ${seconds}.`,
  };
}

export interface ImportHooks {
  reservedIds: () => string[];
  onDone: () => Promise<void>;
  setNotice: (notice: Notice | null) => void;
  setAlert: (alert: AlertView | null) => void;
}

export function useImport({ reservedIds, onDone, setNotice, setAlert }: ImportHooks) {
  const [progress, setProgress] = useState<ProgressView | null>(null);

  const start = async (files: File[]) => {
    setAlert(null);
    setNotice(null);
    setProgress({
      label: `Reading ${files.length === 1 ? files[0]?.name : `${files.length} files`}…`,
      fraction: 0,
    });
    try {
      const outcome = await importFiles(files, reservedIds(), {
        createWorker: createImportWorker,
        parseHtml,
        onProgress: (step) => setProgress(progressView(step)),
      });
      if (!outcome.ok && outcome.storageFull) return setAlert(storageFullAlert());
      if (!outcome.ok) {
        const summary =
          'Nothing was imported, and your corpora are unchanged. Fix the file and import it again:';
        return setAlert({ summary, items: outcome.problems });
      }
      // The corpus is stored whatever happens to this nudge: were it refused (storage full), open tabs would
      // only learn of the corpus at the next change, and this page lists it below anyway.
      await markCorporaChanged().catch(() => {});
      await onDone();
      setNotice(importedNotice(outcome.corpora, outcome.ms));
    } catch (error) {
      setAlert(failureAlert('The import stopped.', error));
    } finally {
      setProgress(null);
    }
  };

  return { importing: progress !== null, progress, start };
}
