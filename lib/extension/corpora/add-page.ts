/**
 * "Add this page to a corpus": the article the tab last checked goes into one of the reader's corpora, or
 * into a new one. The corpus is validated, split and indexed again as a whole and replaces the old copy in
 * one transaction, so a failure leaves it as it was.
 */
import { prepareCorpus, serializeCorpus } from '../../core/corpus';
import { articleFromPage, buildCorpusFile, shortHash, slugify } from '../../core/import/index';
import type { ArticleInput, CorpusArticle, CorpusFile } from '../../core/types';
import type { AddPageRequest } from '../messages';
import type { AddedPage } from '../shapes';
import { CorpusChangedError, type CorpusStore, liveCorpora } from './corpus-store';
import { type StoredCorpusMeta, toStoredCorpus } from './stored-corpus';

/** How a corpus made from pages says where it came from. */
export const PAGES_ORIGIN = 'Pages added from the browser';
/** The name of a new corpus when the reader gives none. */
const DEFAULT_NAME = 'My pages';

export interface AddPageDeps {
  store: CorpusStore;
  reservedIds: readonly string[];
  now?: () => Date;
}

function alreadyIn(file: CorpusFile, article: CorpusArticle): boolean {
  return file.articles.some(
    (other) => other.id === article.id || (article.url !== null && other.url === article.url),
  );
}

async function existingTarget(
  store: CorpusStore,
  corpusId: string,
): Promise<{ meta: StoredCorpusMeta; file: CorpusFile }> {
  const meta = liveCorpora(await store.list()).find((candidate) => candidate.id === corpusId);
  const file = meta && (await store.getFile(corpusId));
  if (!meta || !file) throw new Error('That corpus is no longer there: pick another one.');
  return { meta, file };
}

/**
 * Tries at adding the page when its corpus keeps changing under it (pages added from two windows at once):
 * each retry reads the corpus again, so no page is lost; past this, the reader is asked to try again.
 */
const MAX_ATTEMPTS = 3;

/** The corpus file with the page in it, and the stored corpus it replaces (null for a new corpus). */
async function planAddition(
  request: AddPageRequest,
  article: CorpusArticle,
  store: CorpusStore,
  now: string,
): Promise<{ file: CorpusFile; previous: StoredCorpusMeta | null }> {
  if (request.corpusId === null) {
    const name = request.newName?.trim() || DEFAULT_NAME;
    // The moment keeps apart two corpora the reader gives the same name.
    const file = buildCorpusFile([article], {
      id: `${slugify(name) || 'pages'}-${shortHash(`${name}\u0000${now}`)}`,
      name,
      createdAt: now,
    });
    return { file, previous: null };
  }
  const target = await existingTarget(store, request.corpusId);
  if (alreadyIn(target.file, article)) throw new Error(`This page is already in “${target.meta.name}”.`);
  const file = buildCorpusFile([...target.file.articles, article], {
    id: target.file.id,
    name: target.meta.name,
    description: target.meta.description,
    createdAt: target.file.createdAt,
  });
  return { file, previous: target.meta };
}

export async function addPageToCorpus(
  request: AddPageRequest,
  page: ArticleInput | null,
  deps: AddPageDeps,
): Promise<AddedPage> {
  if (!page) throw new Error('This page has not been checked yet: check it, then add it.');
  const now = (deps.now?.() ?? new Date()).toISOString();
  const article = articleFromPage(page);
  for (let attempt = 1; ; attempt++) {
    const { file, previous } = await planAddition(request, article, deps.store, now);
    const prepared = prepareCorpus(file);
    const stored = toStoredCorpus({
      file,
      prepared: serializeCorpus(prepared),
      statementCount: prepared.statements.length,
      origin: previous?.origin ?? PAGES_ORIGIN,
      now,
    });
    if (previous) stored.meta.addedAt = previous.addedAt;
    try {
      await deps.store.add([stored], {
        reservedIds: deps.reservedIds,
        ...(previous ? { replace: true, expectedRevision: previous.revision } : {}),
      });
    } catch (error) {
      if (error instanceof CorpusChangedError && attempt < MAX_ATTEMPTS) continue;
      if (error instanceof CorpusChangedError) {
        throw new Error('That corpus kept changing while the page was added: try again.');
      }
      throw error;
    }
    return {
      corpusId: file.id,
      corpusName: file.name,
      articleCount: file.articles.length,
      created: previous === null,
    };
  }
}
