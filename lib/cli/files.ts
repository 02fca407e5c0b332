import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { InputError } from '../core/import/index';

/**
 * HTML text to a Document. linkedom, unlike a browser, builds no <html>/<body> around a bare fragment
 * (a saved snippet), and Readability fails on such a document; so a fragment is wrapped first.
 * linkedom's Document is close enough to the DOM's for Readability; its types differ only in detail.
 */
export function parseHtml(html: string): Document {
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
};

function fileProblem(file: string, error: unknown): InputError {
  const code = (error as { code?: string }).code ?? '';
  return new InputError(file, null, REASONS[code] ?? `cannot read (${code || String(error)})`);
}

/** Strict: a file that is not UTF-8 (Latin-1, UTF-16, binary) would import as garbled text. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text; anything else is an InputError naming the file. */
export async function readInputFile(file: string): Promise<string> {
  const path = resolve(file);
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    bytes = await readFile(path);
  } catch (error) {
    throw fileProblem(file, error);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(file, null, 'not valid UTF-8 text (save it as UTF-8)');
  }
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader of `file`
 * sees the old content or the new, never half of it, and a failed run leaves no broken output.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const path = resolve(file);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as { code?: string }).code ?? '';
    throw new InputError(
      file,
      null,
      REASONS[code] ? `cannot write: ${REASONS[code]}` : `cannot write (${code})`,
    );
  }
}
