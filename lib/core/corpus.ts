import { corpusStatements } from './claims/split-claims';
import {
  buildIndex,
  isSerializedIndex,
  loadIndex,
  type SerializedIndex,
  type StatementIndex,
  serializeIndex,
} from './match/statement-index';
import type { CorpusFile, Statement, StatementRef } from './types';

/** Per-article facts a UI shows about a corpus. */
export interface ArticleMeta {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
  statementCount: number;
}

/** A corpus ready for matching: its statements and the index over them. */
export interface PreparedCorpus {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  articles: ArticleMeta[];
  statements: Statement[];
  /** Statement index → index into `articles`. */
  statementArticle: Uint32Array;
  index: StatementIndex;
}

/**
 * JSON-safe form of a prepared corpus: stored and shipped with the extension, loaded without re-splitting or
 * re-indexing. Statements are `[articleIndex, text]` so article facts are not repeated per sentence; the
 * index's postings are one packed string (see match/packed-postings.ts).
 * Version 2 packed the index; a version-1 corpus (index as per-statement term lists) still loads, re-indexed.
 */
export interface SerializedCorpus {
  format: 'crosscheck.prepared';
  version: typeof PREPARED_VERSION;
  id: string;
  name: string;
  description: string;
  createdAt: string;
  articles: ArticleMeta[];
  statements: [number, string][];
  index: SerializedIndex;
}

const PREPARED_VERSION = 2;

/**
 * A corpus sentence. Its id is made only when asked for: a large corpus loads 100,000 statements at once,
 * and writing each id out took a fifth of the load.
 */
class CorpusStatement implements Statement {
  readonly corpusId: string;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly source: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly #n: number;

  constructor(
    corpus: { id: string },
    article: ArticleMeta,
    readonly text: string,
    n: number,
  ) {
    this.corpusId = corpus.id;
    this.articleId = article.id;
    this.articleTitle = article.title;
    this.source = article.source;
    this.url = article.url;
    this.published = article.published;
    this.#n = n;
  }

  get id(): string {
    return `${this.articleId}:${this.#n}`;
  }
}

function toStatement(corpus: { id: string }, article: ArticleMeta, text: string, n: number): Statement {
  return new CorpusStatement(corpus, article, text, n);
}

/** What a report shows of a statement: everything but its id. */
export function statementRef(statement: Statement): StatementRef {
  const { text, corpusId, articleId, articleTitle, source, url, published } = statement;
  return { text, corpusId, articleId, articleTitle, source, url, published };
}

/** Splits every article into statements (the same rules that find claims in a page) and indexes them. */
export function prepareCorpus(file: CorpusFile): PreparedCorpus {
  const statements: Statement[] = [];
  const statementArticle: number[] = [];
  const articles = file.articles.map((article, articleIndex) => {
    const sentences = corpusStatements(article.text);
    const meta: ArticleMeta = {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      statementCount: sentences.length,
    };
    sentences.forEach((sentence, n) => {
      statements.push(toStatement(file, meta, sentence.text, n));
      statementArticle.push(articleIndex);
    });
    return meta;
  });
  return {
    id: file.id,
    name: file.name,
    description: file.description,
    createdAt: file.createdAt,
    articles,
    statements,
    statementArticle: Uint32Array.from(statementArticle),
    index: buildIndex(statements.map((statement) => statement.text)),
  };
}

export function serializeCorpus(corpus: PreparedCorpus): SerializedCorpus {
  return {
    format: 'crosscheck.prepared',
    version: PREPARED_VERSION,
    id: corpus.id,
    name: corpus.name,
    description: corpus.description,
    createdAt: corpus.createdAt,
    articles: corpus.articles,
    statements: corpus.statements.map((statement, i) => [corpus.statementArticle[i] ?? 0, statement.text]),
    index: serializeIndex(corpus.index),
  };
}

/** The stored index when it is of this version and fits the statements; else one built from the statements. */
function indexOf(data: SerializedCorpus): StatementIndex {
  if (isSerializedIndex(data.index) && data.index.statementCount === data.statements.length) {
    return loadIndex(data.index);
  }
  return buildIndex(data.statements.map(([, text]) => text));
}

export function loadCorpus(data: SerializedCorpus): PreparedCorpus {
  // A plain loop with counts in a typed array: this runs once per statement, 100,000 times on a large corpus.
  const counters = new Uint32Array(data.articles.length);
  const statementArticle = new Uint32Array(data.statements.length);
  const statements: Statement[] = new Array(data.statements.length);
  for (let i = 0; i < data.statements.length; i++) {
    const [articleIndex, text] = data.statements[i] as [number, string];
    const article = data.articles[articleIndex];
    if (!article) throw new Error(`corpus ${data.id}: statement refers to missing article ${articleIndex}`);
    const n = counters[articleIndex] as number;
    counters[articleIndex] = n + 1;
    statementArticle[i] = articleIndex;
    statements[i] = toStatement(data, article, text, n);
  }
  return {
    id: data.id,
    name: data.name,
    description: data.description,
    createdAt: data.createdAt,
    articles: data.articles,
    statements,
    statementArticle,
    index: indexOf(data),
  };
}
