import type { Engine } from './engines/engine';
import { liveBytes, mb, percentile, round, timed } from './measure';
import type { Query } from './queries';

/** One engine at one corpus size: the figures the bench prints and writes. */
export interface EngineFigures {
  engine: string;
  statements: number;
  buildMs: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  /** All the claims one after another, an article's worth of matching: the median over the passes. */
  totalMs: number | null;
  /** The first pass over the claims alone, with whatever the engine still had to warm up. */
  firstPassMs?: number | null;
  /** This project only: retrieval followed by check.ts's re-ranking with `similarity`. */
  reranked?: SearchFigures;
  /** Share of claims whose source statement is ranked first / in the first five (null: not measured). */
  recallAt1: number | null;
  recallAt5: number | null;
  heapMb: number | null;
  serializedMb: number | null;
  loadMs: number | null;
  claimsTimed: number;
  /** Measured on `sampleSize` statements and scaled linearly to `statements`. */
  extrapolated: boolean;
  sampleSize?: number;
}

export interface SearchFigures {
  p50Ms: number | null;
  p95Ms: number | null;
  totalMs: number | null;
  firstPassMs: number | null;
  recallAt1: number | null;
  recallAt5: number | null;
}

/**
 * The claims searched one after another, `passes` times (as the same article checked again): per-claim
 * times pooled over the passes, the article's total as the median pass; the source's rank read off the
 * first pass (every pass finds the same).
 */
export function searchFigures(
  search: (claim: string) => number[],
  queries: readonly Query[],
  passes = 1,
): SearchFigures {
  const latencies: number[] = [];
  const totals: number[] = [];
  let at1 = 0;
  let at5 = 0;
  for (let pass = 0; pass < passes; pass++) {
    let total = 0;
    for (const query of queries) {
      const { value: found, ms } = timed(() => search(query.text));
      latencies.push(ms);
      total += ms;
      if (pass > 0) continue;
      if (found[0] === query.source) at1++;
      if (found.slice(0, 5).includes(query.source)) at5++;
    }
    totals.push(total);
  }
  return {
    p50Ms: round(percentile(latencies, 50), 3),
    p95Ms: round(percentile(latencies, 95), 3),
    totalMs: round(percentile(totals, 50), 1),
    firstPassMs: round(totals[0] ?? Number.NaN, 1),
    recallAt1: round(at1 / queries.length, 3),
    recallAt5: round(at5 / queries.length, 3),
  };
}

/**
 * Builds, then searches the warm-up claims (so that no engine is timed while its code is still cold or its
 * lazy parts unbuilt), then times the claims.
 */
export function evaluateEngine(
  engine: Engine,
  statements: readonly string[],
  queries: readonly Query[],
  warmUp: readonly Query[],
  passes = 1,
) {
  const before = liveBytes();
  const build = timed(() => engine.build(statements));
  for (const query of warmUp) engine.search(query.text, 5);
  const heap = liveBytes() - before;
  const search = searchFigures((claim) => engine.search(claim, 5), queries, passes);
  const serialized = engine.serialize();
  const load = timed(() => engine.load(serialized));
  const figures: EngineFigures = {
    engine: engine.name,
    statements: statements.length,
    buildMs: round(build.ms, 0),
    ...search,
    heapMb: mb(heap),
    serializedMb: mb(Buffer.byteLength(serialized)),
    loadMs: round(load.ms, 1),
    claimsTimed: queries.length,
    extrapolated: false,
  };
  return figures;
}

/** Figures measured on a sample, scaled to a corpus `factor` times larger; recall is not carried over. */
export function extrapolate(sample: EngineFigures, statements: number): EngineFigures {
  const factor = statements / sample.statements;
  const scale = (value: number | null, digits: number) =>
    value === null ? null : round(value * factor, digits);
  return {
    ...sample,
    statements,
    buildMs: scale(sample.buildMs, 0),
    p50Ms: scale(sample.p50Ms, 1),
    p95Ms: scale(sample.p95Ms, 1),
    totalMs: scale(sample.totalMs, 0),
    firstPassMs: scale(sample.firstPassMs ?? null, 0),
    recallAt1: factor === 1 ? sample.recallAt1 : null,
    recallAt5: factor === 1 ? sample.recallAt5 : null,
    heapMb: scale(sample.heapMb, 1),
    serializedMb: scale(sample.serializedMb, 1),
    loadMs: scale(sample.loadMs, 1),
    extrapolated: factor !== 1,
    sampleSize: sample.statements,
  };
}
