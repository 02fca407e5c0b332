import type { CorpusArticle, CorpusFile } from '../types';
import { shortHash, slugify } from './article-id';
import { validateCorpus } from './corpus-schema';

export interface CorpusMeta {
  id?: string;
  name: string;
  description?: string;
  createdAt?: string;
}

/**
 * A corpus id that stays the same when the same articles are rebuilt under the same name, so a re-import
 * replaces the old copy instead of adding a second one.
 */
function corpusId(name: string, articles: readonly CorpusArticle[]): string {
  const slug = slugify(name) || 'corpus';
  return `${slug}-${shortHash(`${name}\u0000${articles.map((article) => article.id).join('\u0000')}`)}`;
}

/** Assembles articles into a corpus file and validates it, so nothing invalid is ever written. Throws InputError. */
export function buildCorpusFile(articles: CorpusArticle[], meta: CorpusMeta): CorpusFile {
  const file: CorpusFile = {
    format: 'crosscheck.corpus',
    version: 1,
    id: meta.id ?? corpusId(meta.name, articles),
    name: meta.name,
    description: meta.description ?? '',
    createdAt: meta.createdAt ?? new Date().toISOString(),
    articles: articles.map((article) => ({ ...article })),
  };
  return validateCorpus(file, meta.name || 'corpus');
}
