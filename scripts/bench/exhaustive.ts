import { type Analyzed, analyze } from '../../lib/core/match/analyze';
import { postingList } from '../../lib/core/match/postings';
import { retrieve } from '../../lib/core/match/retrieve';
import { similarity } from '../../lib/core/match/similarity';
import { fuzzyTerms } from '../../lib/core/match/statement-index';
import { synonymsOf } from '../../lib/core/match/synonyms';
import type { CrosscheckEngine } from './engines/crosscheck';
import { round } from './measure';
import type { Query } from './queries';

/**
 * How often the index finds what the slow exhaustive match finds: for each claim, `similarity` is run
 * against the statements and the best five kept; then the indexed pipeline (retrieve `candidates`, re-rank
 * by `similarity`) gives its best five. Recall is the share of the exhaustive top-five places that the
 * indexed top five fills with a statement scoring as high (statements with equal scores are interchangeable,
 * so ties do not count as misses).
 *
 * "The statements" are all of them up to FULL_SCAN_MAX. Past that, only the statements that share a term
 * with the claim: its stems, its joined names, their synonyms, and any vocabulary term within fuse.js
 * spelling distance of a stem (the respellings `similarity` pairs by itself). `similarity` scores 0 for every
 * other statement, as it only ever adds weight for a shared, synonymous or respelled term, so the ranking is
 * the same, found in seconds. (Should `similarity` learn another way to relate words, add it here.)
 */
const FULL_SCAN_MAX = 10_000;
const TOP = 5;
/** Spellings `similarity` could pair with a claim stem: as many as the vocabulary has. */
const ALL_SPELLINGS = 10_000;

export interface ExhaustiveAgreement {
  claims: number;
  method: 'all statements' | 'statements sharing a term';
  /** Per candidate-list length: share of the exhaustive top five the indexed top five matches. */
  recallAt5: Record<string, number | null>;
}

function sharingStatements(
  engine: CrosscheckEngine,
  claim: Analyzed,
  aliases: Map<string, string[]>,
): number[] {
  const index = engine.built;
  const marks = new Uint8Array(index.statementCount);
  const ids = new Set<number>();
  for (const stem of [...claim.stems, ...claim.optionalStems, ...[...aliases.values()].flat()]) {
    const id = index.termIds.get(stem);
    if (id !== undefined) ids.add(id);
  }
  for (const stem of claim.stems) {
    for (const hit of fuzzyTerms(index, stem, ALL_SPELLINGS)) ids.add(hit.id);
    for (const synonym of synonymsOf(stem)) {
      const id = index.termIds.get(synonym);
      if (id !== undefined) ids.add(id);
    }
  }
  for (const id of ids) {
    for (const list of [postingList(index.postings, id), postingList(index.joined, id)]) {
      for (const statement of list) marks[statement] = 1;
    }
  }
  const out: number[] = [];
  marks.forEach((mark, statement) => {
    if (mark) out.push(statement);
  });
  return out;
}

export function exhaustiveAgreement(
  engine: CrosscheckEngine,
  queries: readonly Query[],
  candidateLimits: readonly number[],
): ExhaustiveAgreement {
  const index = engine.built;
  const full = index.statementCount <= FULL_SCAN_MAX;
  const weightOf = engine.weightOf();
  const hits = new Map<number, number>(candidateLimits.map((limit) => [limit, 0]));
  let places = 0;
  for (const query of queries) {
    const claim = analyze(query.text);
    const { aliases } = retrieve(index, claim, 1);
    const pool = full
      ? Array.from({ length: index.statementCount }, (_, i) => i)
      : sharingStatements(engine, claim, aliases);
    // Analysed afresh each time and not kept: at a million statements the analyses would not fit.
    const scoreOf = (statement: number) =>
      similarity(claim, statementAnalysis(engine, statement, full), weightOf, aliases).score;
    const best = pool
      .map((statement) => ({ statement, score: scoreOf(statement) }))
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.statement - b.statement)
      .slice(0, TOP);
    places += best.length;
    for (const limit of candidateLimits) {
      const retrieval = retrieve(index, claim, limit);
      const ours = engine.rerank(claim, retrieval.candidates, retrieval.aliases).slice(0, TOP).map(scoreOf);
      const matched = best.filter((hit, place) => (ours[place] ?? 0) >= hit.score - 1e-9).length;
      hits.set(limit, (hits.get(limit) ?? 0) + matched);
    }
  }
  return {
    claims: queries.length,
    method: full ? 'all statements' : 'statements sharing a term',
    recallAt5: Object.fromEntries(
      candidateLimits.map((limit) => [
        `candidates${limit}`,
        places ? round((hits.get(limit) ?? 0) / places, 3) : null,
      ]),
    ),
  };
}

/** Small corpora keep every analysis (each is reused by all claims); large ones analyse on the fly. */
function statementAnalysis(engine: CrosscheckEngine, statement: number, keep: boolean): Analyzed {
  return keep ? engine.statementAnalysis(statement) : analyze(engine.statementText(statement));
}
