/**
 * The options page's side of an import: HTML files are read here (Readability needs a DOM, and workers
 * have no DOMParser), one file at a time with a pause between them so the page keeps answering; every
 * other file goes to the worker unread, where reading, validating, indexing and storing happen off the
 * page's main thread.
 */
import { checkImportSize, fileExtension, InputError, readImportFile } from '../../core/import/index';
import type {
  FromImportWorker,
  ImportFile,
  ImportOutcome,
  ImportProgress,
  ImportRequest,
} from './import-protocol';

const HTML_EXTENSIONS = new Set(['html', 'htm']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readHtmlHere(file: File, parseHtml: (html: string) => Document): Promise<ImportFile> {
  const base = { name: file.name, size: file.size };
  try {
    checkImportSize(file.name, file.size);
    let text: string;
    try {
      text = utf8.decode(await file.arrayBuffer());
    } catch {
      throw new InputError(file.name, null, 'not valid UTF-8 text (save it as UTF-8)');
    }
    return {
      ...base,
      source: { kind: 'read', input: readImportFile(file.name, text, { parseHtml, decodedStrictly: true }) },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      source: { kind: 'failed', message: error instanceof InputError ? message : `${file.name}: ${message}` },
    };
  }
}

/** The files as the worker takes them. */
export async function toImportFiles(
  files: readonly File[],
  parseHtml: (html: string) => Document,
): Promise<ImportFile[]> {
  const out: ImportFile[] = [];
  for (const file of files) {
    if (HTML_EXTENSIONS.has(fileExtension(file.name))) {
      out.push(await readHtmlHere(file, parseHtml));
      await nextTask();
    } else {
      out.push({ name: file.name, size: file.size, source: { kind: 'file', blob: file } });
    }
  }
  return out;
}

export interface ImportClientDeps {
  createWorker: () => Worker;
  parseHtml: (html: string) => Document;
  onProgress: (progress: ImportProgress) => void;
}

/** Runs one import in a fresh worker, which is ended when the import is. */
export async function importFiles(
  files: readonly File[],
  reservedIds: readonly string[],
  deps: ImportClientDeps,
): Promise<ImportOutcome> {
  const request: ImportRequest = {
    files: await toImportFiles(files, deps.parseHtml),
    reservedIds: [...reservedIds],
  };
  const worker = deps.createWorker();
  try {
    return await new Promise<ImportOutcome>((resolve) => {
      worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
        if (event.data.type === 'progress') deps.onProgress(event.data.progress);
        else resolve(event.data.outcome);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        resolve({
          ok: false,
          problems: [`The import stopped: ${event.message || 'the import worker failed'}`],
        });
      };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
