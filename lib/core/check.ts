import { clausesOf } from './claims/clauses';
import { splitClaims } from './claims/split-claims';
import { type PreparedCorpus, statementRef } from './corpus';
import { findSelf } from './find-self';
import { type Analyzed, analyze } from './match/analyze';
import { differences } from './match/differences';
import { postingList } from './match/postings';
import { type Retrieval, retrieve, type StemQuery } from './match/retrieve';
import { similarity } from './match/similarity';
import { weightIn } from './match/statement-index';
import { isHedged, remarksQuoted, titled } from './stance/attribution';
import { classifyStance, RELATED_MIN } from './stance/classify-stance';
import { unsupportedLanguage } from './text/language';
import { stemWord, tokenize } from './text/tokenize';
import type { ArticleInput, ClaimReport, Match, Report, Stance, Summary } from './types';

export interface CheckOptions {
  /** Time the caller spent extracting the article, carried into the report's timings. */
  extractMs?: number;
  /** Candidates re-ranked per claim and corpus. */
  candidates?: number;
  /** Matches kept per claim, best first. */
  maxMatches?: number;
}

const DEFAULT_CANDIDATES = 16;
const DEFAULT_MAX_MATCHES = 6;
/**
 * Retrieval fetches this many more candidates than are re-ranked: when the page is in a corpus its own
 * sentences take the top places, and they are dropped once find-self.ts has recognised it.
 */
const SELF_SLACK = 4;
/** Of each claim's candidates, this many are tested for being the page's own sentence. */
const SELF_TESTED = 2;
/**
 * Candidates whose retrieval score (the same F-measure, from term weights alone) is below this are not
 * re-ranked, nor looked for: the re-ranking's similarity never scores a pair above its retrieval score
 * (test/unit/retrieval-bounds-similarity.test.ts), so they cannot reach RELATED_MIN, and analysing them is
 * most of the cost at scale. A tenth below RELATED_MIN: the one way similarity can find more than retrieval
 * did is a name spelled a fourth way, past the respellings retrieval looks up.
 */
export const RERANK_FLOOR = RELATED_MIN * 0.9;
/** The similarity a clause of a compound claim needs for its agreement to be shown. */
const CLAUSE_AGREE_MIN = 0.4;
/** Analysed statements kept per corpus for the next check (a reader's tabs often share evidence). */
const ANALYZED_CACHE = 20_000;
/** Conflicts are listed first, then agreements: the order a reader checks them in. */
const STANCE_ORDER: Record<Stance, number> = { conflict: 0, agree: 1, related: 2 };

const analyzedStatements = new WeakMap<PreparedCorpus, Map<number, Analyzed>>();

function analyzedStatement(corpus: PreparedCorpus, i: number): Analyzed {
  let cache = analyzedStatements.get(corpus);
  if (!cache || cache.size > ANALYZED_CACHE) {
    cache = new Map();
    analyzedStatements.set(corpus, cache);
  }
  let analyzed = cache.get(i);
  if (!analyzed) {
    analyzed = analyze(corpus.statements[i]?.text ?? '');
    cache.set(i, analyzed);
  }
  return analyzed;
}

/** Statements with a speaker's last name read for the speaker's full title ("US President Donald Trump"). */
const TITLE_STATEMENTS = 64;
const corpusTitles = new WeakMap<PreparedCorpus, Map<string, string>>();

/** A speaker's longest title in the corpus: who "Trump" or "Sanders" speaks for, where a sentence says so. */
function titleIn(corpus: PreparedCorpus, speaker: string): string {
  let memo = corpusTitles.get(corpus);
  if (!memo) {
    memo = new Map();
    corpusTitles.set(corpus, memo);
  }
  let title = memo.get(speaker);
  if (title === undefined) {
    const last = speaker.split(' ').at(-1) ?? '';
    const id = corpus.index.termIds.get(stemWord(last));
    const having = id === undefined ? [] : postingList(corpus.index.postings, id);
    // Only the words are read: a statement not yet analysed is only tokenised, and only where it writes the
    // name as the speaker has it (postings are by stem: "Trump" finds "trumped" too).
    const cache = analyzedStatements.get(corpus);
    const sentences: Pick<Analyzed, 'text' | 'tokens'>[] = [];
    for (const i of having) {
      if (sentences.length === TITLE_STATEMENTS) break;
      const known = cache?.get(i);
      const text = corpus.statements[i]?.text ?? '';
      if (known) sentences.push(known);
      else if (text.includes(last)) sentences.push({ text, tokens: tokenize(text) });
    }
    title = titled(speaker, sentences);
    memo.set(speaker, title);
  }
  return title;
}

interface CorpusRetrieval {
  corpus: PreparedCorpus;
  retrieval: Retrieval;
}

function judge(claim: Analyzed, found: CorpusRetrieval[], skip: Set<string>, options: CheckOptions): Match[] {
  const matches: Match[] = [];
  for (const { corpus, retrieval } of found) {
    const weightOf = weightIn(corpus.index);
    const candidates = retrieval.candidates
      .filter(
        (i, rank) =>
          (retrieval.scores[rank] ?? 0) >= RERANK_FLOOR &&
          !skip.has(`${corpus.id}\u0000${corpus.statements[i]?.articleId}`),
      )
      .slice(0, options.candidates ?? DEFAULT_CANDIDATES);
    for (const i of candidates) {
      const statement = corpus.statements[i];
      if (!statement) continue;
      const analyzed = analyzedStatement(corpus, i);
      const sim = similarity(claim, analyzed, weightOf, retrieval.aliases);
      // The sentences before it in its article, for a speaker named there ("she added").
      const previous = (back = 1) =>
        corpus.statements[i - back]?.articleId === statement.articleId
          ? analyzedStatement(corpus, i - back)
          : null;
      const judgement = classifyStance(claim, analyzed, sim, {
        published: statement.published,
        weightOf,
        previous,
        titleOf: (speaker) => titleIn(corpus, speaker),
      });
      if (!judgement) continue;
      const reasons = isHedged(statement.text)
        ? [
            ...judgement.reasons,
            { kind: 'hedge' as const, detail: 'the statement reports this as a claim, not a fact' },
          ]
        : judgement.reasons;
      const ref = statementRef(statement);
      matches.push({
        stance: judgement.stance,
        score: Number(sim.score.toFixed(3)),
        reasons,
        statement: ref,
        differences: differences(claim, analyzed, sim),
      });
    }
  }
  return matches;
}

/**
 * A claim's matches, best first: each statement once, judged against the whole claim or against the clause
 * of it that says the most about it (the strongest verdict, then the highest similarity).
 */
function strongest(matches: Match[], options: CheckOptions): Match[] {
  const order = (a: Match, b: Match) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || b.score - a.score;
  const seen = new Set<string>();
  return matches
    .sort(order)
    .filter((match) => {
      const key = `${match.statement.corpusId}\u0000${match.statement.articleId}\u0000${match.statement.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, options.maxMatches ?? DEFAULT_MAX_MATCHES);
}

function summarize(claims: ClaimReport[]): Summary {
  const having = (stance: Stance) => claims.filter((c) => c.matches.some((m) => m.stance === stance)).length;
  return {
    claims: claims.length,
    agree: having('agree'),
    conflict: having('conflict'),
    related: having('related'),
  };
}

/**
 * The whole pipeline, pure and synchronous: split the article into claims, leave out the corpus articles that
 * are this article, find each claim's candidate statements through the index, and judge each pair.
 */
export function checkArticle(
  article: ArticleInput,
  corpora: PreparedCorpus[],
  options: CheckOptions = {},
): Report {
  const start = performance.now();
  const extractMs = options.extractMs ?? 0;
  const head = { title: article.title, url: article.url, site: article.site };
  const unsupported = unsupportedLanguage(article);
  if (unsupported) {
    const timings = { extractMs, claimsMs: 0, indexMs: 0, matchMs: 0, totalMs: extractMs };
    return { article: head, claims: [], summary: summarize([]), timings, excluded: [], unsupported };
  }
  const claims = splitClaims(article.text);
  const analyzed = claims.map((claim) => analyze(claim.text));
  const afterClaims = performance.now();
  const limit = (options.candidates ?? DEFAULT_CANDIDATES) + SELF_SLACK;
  // Each corpus's stem queries are made once per check: the claims of an article share most of their words.
  const memos = corpora.map(() => new Map<string, StemQuery>());
  const found = analyzed.map((claim) =>
    corpora.map((corpus, c) => ({
      corpus,
      retrieval: retrieve(corpus.index, claim, limit, { floor: RERANK_FLOOR, memo: memos[c] }),
    })),
  );
  const excluded = findSelf(
    article.text,
    found.flatMap((perCorpus) =>
      perCorpus.flatMap(({ corpus, retrieval }) =>
        retrieval.candidates.slice(0, SELF_TESTED).map((statement) => ({ corpus, statement })),
      ),
    ),
  );
  const skip = new Set(excluded.map((e) => `${e.corpusId}\u0000${e.articleId}`));
  const afterIndex = performance.now();
  const reports: ClaimReport[] = claims.map((claim, i) => {
    // A compound claim's clauses are also looked up and judged on their own.
    const clauses = clausesOf(claim.text).map((clause) => {
      const part = analyze(clause);
      const partFound = corpora.map((corpus, c) => ({
        corpus,
        retrieval: retrieve(corpus.index, part, limit, { floor: RERANK_FLOOR, memo: memos[c] }),
      }));
      // A clause is shorter, so it matches more easily: only what it says clearly is taken from it.
      return judge(part, partFound, skip, options).filter(
        (match) =>
          match.stance === 'conflict' || (match.stance === 'agree' && match.score >= CLAUSE_AGREE_MIN),
      );
    });
    // A remark it quotes is also looked up on its own: another outlet may quote it with nothing else in
    // common ("Why are you asking me? Ask the Americans," one has Peskov say, the other Lavrov).
    const quoted = remarksQuoted(analyzed[i] as Analyzed).flatMap((quote) => {
      const remark = analyze(quote);
      return corpora.map((corpus, c) => ({
        corpus,
        retrieval: retrieve(corpus.index, remark, limit, { floor: RERANK_FLOOR, memo: memos[c] }),
      }));
    });
    const whole = judge(analyzed[i] as Analyzed, [...(found[i] ?? []), ...quoted], skip, options);
    return { ...claim, matches: strongest([...whole, ...clauses.flat()], options) };
  });
  const end = performance.now();
  const round = (ms: number) => Number(ms.toFixed(2));
  return {
    article: head,
    claims: reports,
    summary: summarize(reports),
    timings: {
      extractMs: round(extractMs),
      claimsMs: round(afterClaims - start),
      indexMs: round(afterIndex - afterClaims),
      matchMs: round(end - afterIndex),
      totalMs: round(extractMs + end - start),
    },
    excluded,
  };
}
