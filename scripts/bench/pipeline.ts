import { checkArticle } from '../../lib/core/check';
import { loadCorpus, type SerializedCorpus } from '../../lib/core/corpus';
import { type StatementIndex, serializeIndex } from '../../lib/core/match/statement-index';
import { round, timed } from './measure';
import type { Query } from './queries';

/** The whole product path on one corpus: the stored corpus loaded, then one article of all the claims checked. */
export interface PipelineFigures {
  statements: number;
  corpusJsonMb: number | null;
  /** JSON.parse + loadCorpus of the stored corpus (statements, articles and index). */
  corpusLoadMs: number | null;
  claims: number;
  /** checkArticle's own timings (the CLI's `timings`), second run. */
  claimsMs: number;
  indexMs: number;
  matchMs: number;
  totalMs: number;
}

/** The bench corpus has no articles: statements are grouped in runs of this many, like a short article. */
const ARTICLE_STATEMENTS = 20;

export function pipelineFigures(
  statements: readonly string[],
  index: StatementIndex,
  queries: readonly Query[],
): PipelineFigures {
  const articleCount = Math.ceil(statements.length / ARTICLE_STATEMENTS);
  const stored: SerializedCorpus = {
    format: 'crosscheck.prepared',
    version: 2,
    id: 'bench',
    name: 'Bench corpus',
    description: 'FNC-1 sentences, replicated with perturbation',
    createdAt: '2026-01-01T00:00:00.000Z',
    articles: Array.from({ length: articleCount }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i}`,
      source: 'FNC-1',
      url: null,
      published: null,
      statementCount: Math.min(ARTICLE_STATEMENTS, statements.length - i * ARTICLE_STATEMENTS),
    })),
    statements: statements.map((text, i) => [Math.floor(i / ARTICLE_STATEMENTS), text]),
    index: serializeIndex(index),
  };
  const json = JSON.stringify(stored);
  const load = timed(() => loadCorpus(JSON.parse(json)));
  const article = {
    title: 'Bench article',
    url: 'https://example.org/bench',
    site: 'example.org',
    text: queries.map((query) => query.text).join('\n\n'),
  };
  checkArticle(article, [load.value]);
  const report = checkArticle(article, [load.value]);
  const { claimsMs, indexMs, matchMs, totalMs } = report.timings;
  return {
    statements: statements.length,
    corpusJsonMb: round(Buffer.byteLength(json) / 1024 / 1024, 1),
    corpusLoadMs: round(load.ms, 0),
    claims: report.claims.length,
    claimsMs,
    indexMs,
    matchMs,
    totalMs,
  };
}
