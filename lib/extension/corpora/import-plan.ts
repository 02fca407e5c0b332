/**
 * Decides which corpora an import makes. A corpus file stays a corpus of its own, with its id, name and
 * dates. Every other file of the batch (JSON Lines, CSV, text, Markdown, HTML, an array of articles) adds
 * its articles to one new corpus: a reader who drops thirty saved pages wants one collection, not thirty.
 * Pure: the worker runs it, the tests call it directly.
 */
import { buildCorpusFile, type ImportedInput, InputError } from '../../core/import/index';
import type { CorpusArticle, CorpusFile } from '../../core/types';

export interface ReadFile {
  name: string;
  input: ImportedInput;
}

export interface PlannedCorpus {
  file: CorpusFile;
  /** The files it comes from, for the corpus row and for error messages. */
  origin: string;
}

/** How many file names an origin spells out before it counts the rest. */
const NAMES_SHOWN = 3;

const stem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || name;

export function describeFiles(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const rest = names.length - NAMES_SHOWN;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/** A name for the corpus gathered from loose files: the file's own, or the first file's and a count. */
export function gatheredName(names: readonly string[]): string {
  if (names.length <= 1) return stem(names[0] ?? 'Imported articles');
  const others = names.length - 1;
  return `${names[0]} and ${others} more ${others === 1 ? 'file' : 'files'}`;
}

interface Placed {
  article: CorpusArticle;
  file: string;
}

/** Articles of all loose files, refusing an id that two files both use (the second would shadow the first). */
function gatherArticles(files: readonly ReadFile[]): Placed[] {
  const placed: Placed[] = [];
  const fileOfId = new Map<string, string>();
  for (const { name, input } of files) {
    if (input.kind !== 'articles') continue;
    input.articles.forEach((article, i) => {
      const other = fileOfId.get(article.id);
      if (other !== undefined) {
        throw new InputError(
          name,
          `article ${i + 1}`,
          `article id "${article.id}" is already used by ${other}`,
        );
      }
      fileOfId.set(article.id, name);
      placed.push({ article, file: name });
    });
  }
  return placed;
}

function gatheredCorpus(placed: readonly Placed[], names: string[], now: string): PlannedCorpus {
  const origin = describeFiles(names);
  try {
    const file = buildCorpusFile(
      placed.map((item) => item.article),
      { name: gatheredName(names), createdAt: now },
    );
    return { file, origin };
  } catch (error) {
    // The assembled corpus names an article by its place in the corpus; the reader knows it by its file.
    const index = error instanceof InputError ? /^articles\[(\d+)\]/.exec(error.where ?? '') : null;
    const item = index ? placed[Number(index[1])] : undefined;
    if (error instanceof InputError && item) {
      throw new InputError(item.file, `article "${item.article.id}"`, error.problem);
    }
    throw error;
  }
}

/** The corpora an import of these files makes. Throws InputError naming the file. */
export function planImport(files: readonly ReadFile[], now: string): PlannedCorpus[] {
  const planned: PlannedCorpus[] = files.flatMap(({ name, input }) =>
    input.kind === 'corpus' ? [{ file: input.corpus, origin: name }] : [],
  );
  const loose = files.filter((file) => file.input.kind === 'articles').map((file) => file.name);
  if (loose.length > 0) planned.push(gatheredCorpus(gatherArticles(files), loose, now));
  return planned;
}
