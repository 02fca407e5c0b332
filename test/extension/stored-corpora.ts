import { prepareCorpus, serializeCorpus } from '../../lib/core/corpus';
import type { CorpusFile } from '../../lib/core/types';
import type { CorpusStore } from '../../lib/extension/corpora/corpus-store';
import { type StoredCorpus, toStoredCorpus } from '../../lib/extension/corpora/stored-corpus';

/** A corpus file as the import worker would store it. */
export function storedOf(
  file: CorpusFile,
  origin = `${file.id}.json`,
  now = '2026-11-20T12:00:00.000Z',
): StoredCorpus {
  const prepared = prepareCorpus(file);
  return toStoredCorpus({
    file,
    prepared: serializeCorpus(prepared),
    statementCount: prepared.statements.length,
    origin,
    now,
  });
}

export async function storeCorpus(store: CorpusStore, file: CorpusFile): Promise<StoredCorpus> {
  const stored = storedOf(file);
  await store.add([stored]);
  return stored;
}
