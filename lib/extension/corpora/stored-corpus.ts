/**
 * A corpus the reader added, as it is kept in IndexedDB: a small record to list it by, the corpus file
 * (what an export gives back) and its prepared index (what the background matches against).
 */
import type { SerializedCorpus } from '../../core/corpus';
import type { CorpusFile } from '../../core/types';

export interface StoredCorpusMeta {
  id: string;
  name: string;
  description: string;
  /** Where it came from: the files it was imported from, or the pages it was added from. */
  origin: string;
  /** The outlets most of its articles come from, most frequent first. */
  outlets: string[];
  /** The corpus file's own date. */
  createdAt: string;
  /** When the reader imported it (ISO date-time). */
  addedAt: string;
  /** Changes whenever the articles do, so the background knows its loaded copy is out of date. */
  revision: string;
  articleCount: number;
  statementCount: number;
  /** Size of the corpus file as exported (JSON characters, about its bytes for Latin text). */
  fileBytes: number;
  /** Size of the stored prepared index, likewise. */
  indexBytes: number;
  /** When the reader deleted it (ms since 1970), while the deletion can still be undone; else null. */
  deletedAt: number | null;
}

export interface StoredCorpus {
  meta: StoredCorpusMeta;
  file: CorpusFile;
  prepared: SerializedCorpus;
}

/** How many outlets a corpus row names; the rest are counted. */
const OUTLETS_SHOWN = 3;

/** Outlets by how many articles each has, most first; ties in first-seen order. */
export function topOutlets(file: CorpusFile, limit = OUTLETS_SHOWN): string[] {
  const counts = new Map<string, number>();
  for (const article of file.articles) {
    const source = article.source.trim();
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([source]) => source);
}

export interface StoredCorpusInput {
  file: CorpusFile;
  prepared: SerializedCorpus;
  statementCount: number;
  origin: string;
  /** The moment of the import, ISO. */
  now: string;
}

/** The record kept for a freshly imported or changed corpus. */
export function toStoredCorpus({
  file,
  prepared,
  statementCount,
  origin,
  now,
}: StoredCorpusInput): StoredCorpus {
  return {
    file,
    prepared,
    meta: {
      id: file.id,
      name: file.name,
      description: file.description,
      origin,
      outlets: topOutlets(file),
      createdAt: file.createdAt,
      addedAt: now,
      revision: crypto.randomUUID(),
      articleCount: file.articles.length,
      statementCount,
      fileBytes: JSON.stringify(file).length,
      indexBytes: JSON.stringify(prepared).length,
      deletedAt: null,
    },
  };
}

/** The corpus file as the reader sees it now: a rename or new description is part of what is exported. */
export function exportedFile(meta: StoredCorpusMeta, file: CorpusFile): CorpusFile {
  return { ...file, name: meta.name, description: meta.description };
}
