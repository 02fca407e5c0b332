/**
 * One import, as the worker runs it: read and validate every file, plan the corpora, split and index
 * them, and store them in one transaction. Nothing is written unless every file is good: a partly bad
 * file, or one bad file among many, refuses the whole import (the UI says so), so a reader never has to
 * work out which half of their data went in.
 */
import { prepareCorpus, serializeCorpus } from '../../core/corpus';
import { checkImportSize, InputError, readImportFile } from '../../core/import/index';
import type { CorpusStore } from './corpus-store';
import { planImport, type ReadFile } from './import-plan';
import type { ImportFile, ImportOutcome, ImportProgress, ImportRequest } from './import-protocol';
import { isStorageFull, STORAGE_FULL_MESSAGE } from './storage-full';
import { type StoredCorpus, toStoredCorpus } from './stored-corpus';

/** Problems listed at most: past a few, the reader has a systematic problem to fix, not a list to read. */
const MAX_PROBLEMS = 8;

/** Strict: bytes that are not UTF-8 would import as garbled text. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

const noHtmlHere = (): Document => {
  throw new Error('HTML files are read by the options page, not the worker');
};

function describeProblem(name: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}

async function readOne({ name, size, source }: ImportFile): Promise<ReadFile> {
  if (source.kind === 'failed') throw new Error(source.message);
  if (source.kind === 'read') return { name, input: source.input };
  checkImportSize(name, size);
  let text: string;
  try {
    text = utf8.decode(await source.blob.arrayBuffer());
  } catch {
    throw new InputError(name, null, 'not valid UTF-8 text (save it as UTF-8)');
  }
  return { name, input: readImportFile(name, text, { parseHtml: noHtmlHere, decodedStrictly: true }) };
}

export interface ImportJobDeps {
  store: CorpusStore;
  onProgress: (progress: ImportProgress) => void;
  now?: () => Date;
}

export async function runImport(request: ImportRequest, deps: ImportJobDeps): Promise<ImportOutcome> {
  const started = performance.now();
  const now = (deps.now?.() ?? new Date()).toISOString();
  const totalBytes = request.files.reduce((sum, file) => sum + file.size, 0);
  const read: ReadFile[] = [];
  const problems: string[] = [];
  let bytesDone = 0;
  deps.onProgress({ phase: 'read', done: 0, total: totalBytes });
  for (const file of request.files) {
    try {
      read.push(await readOne(file));
    } catch (error) {
      problems.push(file.source.kind === 'failed' ? file.source.message : describeProblem(file.name, error));
    }
    bytesDone += file.size;
    deps.onProgress({ phase: 'read', done: bytesDone, total: totalBytes });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };

  try {
    const planned = planImport(read, now);
    const articles = planned.reduce((sum, corpus) => sum + corpus.file.articles.length, 0);
    const stored: StoredCorpus[] = [];
    for (const [i, { file, origin }] of planned.entries()) {
      deps.onProgress({ phase: 'index', done: i, total: planned.length, articles });
      const prepared = prepareCorpus(file);
      const serialized = serializeCorpus(prepared);
      stored.push(
        toStoredCorpus({
          file,
          prepared: serialized,
          statementCount: prepared.statements.length,
          origin,
          now,
        }),
      );
    }
    deps.onProgress({ phase: 'save', done: 0, total: stored.length });
    await deps.store.add(stored, { reservedIds: request.reservedIds });
    return { ok: true, corpora: stored.map((corpus) => corpus.meta), ms: performance.now() - started };
  } catch (error) {
    if (isStorageFull(error)) return { ok: false, problems: [STORAGE_FULL_MESSAGE], storageFull: true };
    return { ok: false, problems: [describeProblem(request.files[0]?.name ?? 'import', error)] };
  }
}
