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
import { type CorpusStore, liveCorpora } from './corpus-store';
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

export async function addPageToCorpus(
  request: AddPageRequest,
  page: ArticleInput | null,
  deps: AddPageDeps,
): Promise<AddedPage> {
  if (!page) throw new Error('This page has not been checked yet: check it, then add it.');
  const now = (deps.now?.() ?? new Date()).toISOString();
  const article = articleFromPage(page);
  let file: CorpusFile;
  let previous: StoredCorpusMeta | null = null;
  if (request.corpusId !== null) {
    const target = await existingTarget(deps.store, request.corpusId);
    previous = target.meta;
    if (alreadyIn(target.file, article)) throw new Error(`This page is already in “${target.meta.name}”.`);
    file = buildCorpusFile([...target.file.articles, article], {
      id: target.file.id,
      name: target.meta.name,
      description: target.meta.description,
      createdAt: target.file.createdAt,
    });
  } else {
    const name = request.newName?.trim() || DEFAULT_NAME;
    // The moment keeps apart two corpora the reader gives the same name.
    file = buildCorpusFile([article], {
      id: `${slugify(name) || 'pages'}-${shortHash(`${name}\u0000${now}`)}`,
      name,
      createdAt: now,
    });
  }
  const prepared = prepareCorpus(file);
  const stored = toStoredCorpus({
    file,
    prepared: serializeCorpus(prepared),
    statementCount: prepared.statements.length,
    origin: previous?.origin ?? PAGES_ORIGIN,
    now,
  });
  if (previous) stored.meta.addedAt = previous.addedAt;
  await deps.store.add([stored], { reservedIds: deps.reservedIds, replace: previous !== null });
  return {
    corpusId: file.id,
    corpusName: file.name,
    articleCount: file.articles.length,
    created: previous === null,
  };
}
