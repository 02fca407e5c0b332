import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type PreparedCorpus, type SerializedCorpus, serializeCorpus } from '../core/corpus';

/**
 * Prepared corpora kept between runs of `crosscheck check`. Splitting and indexing a corpus of 100,000
 * statements takes seconds; loading the prepared form back takes a few hundred milliseconds. A corpus is kept
 * under the hash of its file's text and of the engine that prepared it (every source file of lib/core, the
 * lexicon included), so an edited corpus or a changed rule is prepared afresh and never read stale.
 *
 * The cache is only ever a shortcut: a cache that cannot be read or written is passed over in silence, and a
 * kept file that does not load is prepared again.
 */

/** Prepared corpora kept at most; the least recently used go first. */
const KEPT = 4;
const CORE_DIR = fileURLToPath(new URL('../core/', import.meta.url));

/** Where prepared corpora are kept: CROSSCHECK_CACHE_DIR, else crosscheck/ in the user's cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CROSSCHECK_CACHE_DIR) return env.CROSSCHECK_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'crosscheck');
}

let engine: Promise<string> | undefined;

/** A hash of every file of lib/core, by path and content: what preparing a corpus depends on. */
function engineHash(): Promise<string> {
  engine ??= (async () => {
    const hash = createHash('sha256');
    const files = (await readdir(CORE_DIR, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      // `parentPath` from Node 20.12 on; `path` before it.
      .map((entry) => join(entry.parentPath ?? (entry as { path?: string }).path ?? CORE_DIR, entry.name))
      .sort();
    for (const file of files) {
      hash.update(`${relative(CORE_DIR, file)}\u0000`);
      hash.update(await readFile(file));
    }
    return hash.digest('hex');
  })();
  return engine;
}

/** The name a corpus file's text is kept under. */
export async function cacheKey(text: string): Promise<string> {
  return createHash('sha256')
    .update(await engineHash())
    .update('\u0000')
    .update(text)
    .digest('hex');
}

const fileOf = (dir: string, key: string) => join(dir, `${key}.json`);

/** The corpus kept under `key`, loaded; null when there is none or it does not load. */
export async function readCached(dir: string, key: string): Promise<PreparedCorpus | null> {
  const file = fileOf(dir, key);
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as SerializedCorpus;
    if (data?.format !== 'crosscheck.prepared') return null;
    const corpus = loadCorpus(data);
    // Marked as used, for pruning.
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return corpus;
  } catch {
    return null;
  }
}

/** Keeps a prepared corpus under `key`, and drops the least recently used beyond the few kept. */
export async function writeCached(dir: string, key: string, corpus: PreparedCorpus): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    // Written whole under another name, then renamed: a run reading it meanwhile never sees half a file.
    const partial = join(dir, `${key}.${process.pid}.partial`);
    await writeFile(partial, JSON.stringify(serializeCorpus(corpus)));
    await rename(partial, fileOf(dir, key));
    await prune(dir);
  } catch {
    // Not kept: the next run prepares it again.
  }
}

async function prune(dir: string) {
  const kept = (await readdir(dir)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  if (kept.length <= KEPT) return;
  const used = await Promise.all(
    kept.map(async (name) => ({ name, at: (await stat(join(dir, name))).mtimeMs })),
  );
  used.sort((a, b) => b.at - a.at);
  for (const { name } of used.slice(KEPT)) await unlink(join(dir, name)).catch(() => undefined);
}
