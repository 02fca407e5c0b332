/**
 * Shared data shapes of the Crosscheck core. Everything here is plain, serializable data:
 * it crosses the extension's message boundary and is printed by the CLI as JSON.
 */

/** How a corpus statement relates to a claim. */
export type Stance = 'agree' | 'conflict' | 'related';

/** Why a statement was judged as it was. `detail` is a short human-readable sentence. */
export type ReasonKind =
  | 'negation'
  | 'number'
  | 'date'
  | 'entity'
  | 'antonym'
  | 'attribution'
  | 'hedge'
  | 'paraphrase';

export interface Reason {
  kind: ReasonKind;
  detail: string;
}

/** One article of a corpus file (the interchange format of DESIGN.md). */
export interface CorpusArticle {
  id: string;
  title: string;
  source: string;
  url: string | null;
  published: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
}

/** The corpus interchange file: what `crosscheck corpus build` writes and the options page imports. */
export interface CorpusFile {
  format: 'crosscheck.corpus';
  version: 1;
  id: string;
  name: string;
  description: string;
  createdAt: string;
  articles: CorpusArticle[];
}

/** What a match tells the reader about the statement it found. */
export interface StatementRef {
  text: string;
  corpusId: string;
  articleId: string;
  articleTitle: string;
  source: string;
  url: string | null;
  /** The article's date as the corpus gives it (ISO 8601 when known); absent in reports made before it. */
  published?: string | null;
}

/** A sentence of a corpus article, ready for matching. */
export interface Statement extends StatementRef {
  /** Stable id, `${articleId}:${n}`. */
  id: string;
}

export interface Match {
  stance: Stance;
  /** Similarity of claim and statement, 0 (nothing shared) to 1 (same content). */
  score: number;
  reasons: Reason[];
  statement: StatementRef;
  /**
   * Words (as written) that differ between the two texts, for the reader's eye: content words one side has
   * and the other does not, and the negations. A UI marks them in `claim text` and `statement.text`.
   */
  differences?: { claim: string[]; statement: string[] };
}

export interface Claim {
  id: string;
  text: string;
}

export interface ClaimReport extends Claim {
  matches: Match[];
}

/** The article being checked, as extracted from a page or read from a file. */
export interface ArticleInput {
  title: string;
  url: string;
  site: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** BCP 47 language tag when the page declares one. */
  lang?: string;
}

/** A corpus article left out of the evidence because it is the article being read (or a near copy). */
export interface ExcludedArticle {
  corpusId: string;
  articleId: string;
  title: string;
  source: string;
  /** Share of the corpus article's sentences found in the page, 0..1. */
  overlap: number;
}

export interface Summary {
  /** Claims checked, with or without evidence. */
  claims: number;
  agree: number;
  conflict: number;
  related: number;
  /**
   * Set when `claims[]` was trimmed to the claims that have evidence (the extension's page reply): how many
   * checked claims were left out for having none. Absent when every claim is listed (the CLI's report).
   */
  claimsWithoutEvidence?: number;
}

export interface Timings {
  extractMs: number;
  claimsMs: number;
  indexMs: number;
  matchMs: number;
  totalMs: number;
  corpusMs?: number;
}

export interface Report {
  article: { title: string; url: string; site: string };
  claims: ClaimReport[];
  summary: Summary;
  timings: Timings;
  /** Corpus articles not used as evidence because they are this article. */
  excluded: ExcludedArticle[];
  /** Set when the text could not be checked (e.g. a language the engine does not handle). */
  unsupported?: { reason: string };
}
