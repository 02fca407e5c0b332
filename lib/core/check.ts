import type { PreparedCorpus } from './corpus';
import type { ArticleInput, Report } from './types';

export interface CheckOptions {
  /** Time the caller spent extracting the article, carried into the report's timings. */
  extractMs?: number;
}

/** The whole pipeline: split the article into claims, match them against the corpora, judge each match. */
export function checkArticle(_article: ArticleInput, _corpora: PreparedCorpus[], _options: CheckOptions = {}): Report {
  throw new Error('not implemented yet');
}
