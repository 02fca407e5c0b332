/** The options page's import worker: reads, validates, indexes and stores corpora off the page's main thread. */
import { idbCorpusStore } from '../../lib/extension/corpora/idb-corpus-store';
import { runImport } from '../../lib/extension/corpora/import-job';
import type { FromImportWorker, ImportRequest } from '../../lib/extension/corpora/import-protocol';

const post = (message: FromImportWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const outcome = await runImport(event.data, {
    store: idbCorpusStore(),
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', outcome });
};
