/**
 * One engine at one corpus size, in a process of its own so that its heap figure is its own: run by
 * run.ts, prints one JSON line (MeasuredEngine) on stdout, progress on stderr.
 */
import { parseArgs } from 'node:util';
import { BruteForceEngine } from './engines/brute-force';
import { CrosscheckEngine } from './engines/crosscheck';
import type { Engine } from './engines/engine';
import { FuseEngine } from './engines/fuse';
import { MiniSearchEngine } from './engines/minisearch';
import { type EngineFigures, evaluateEngine, searchFigures } from './evaluate-engine';
import { type ExhaustiveAgreement, exhaustiveAgreement } from './exhaustive';
import { fnc1Sentences } from './fnc1-sentences';
import { canMeasureHeap } from './measure';
import { type PipelineFigures, pipelineFigures } from './pipeline';
import { makeQueries } from './queries';
import { syntheticCorpus } from './synthetic-corpus';

export interface MeasuredEngine {
  figures: EngineFigures;
  exhaustive?: ExhaustiveAgreement;
  pipeline?: PipelineFigures;
}

/** Queries' sources are spread over this many first statements, which every corpus size contains. */
export const QUERY_POOL = 1000;
/** Claims searched before the timed ones, written from other statements. */
const WARM_UP_CLAIMS = 10;
/** Up to this size every claim is checked against the exhaustive match; past it, a sample. */
const EXHAUSTIVE_ALL_UP_TO = 100_000;
/** The candidate-list lengths whose agreement with the exhaustive match is reported (check.ts uses 24). */
const CANDIDATE_LIMITS = [8, 24];

function makeEngine(name: string): Engine {
  if (name === 'crosscheck') return new CrosscheckEngine();
  if (name === 'brute') return new BruteForceEngine();
  if (name === 'minisearch') return new MiniSearchEngine();
  if (name === 'fuse') return new FuseEngine();
  throw new Error(`unknown engine: ${name}`);
}

function main() {
  if (!canMeasureHeap()) throw new Error('run with node --expose-gc');
  const { values } = parseArgs({
    options: {
      engine: { type: 'string' },
      size: { type: 'string' },
      statements: { type: 'string' },
      claims: { type: 'string' },
      timedClaims: { type: 'string' },
      exhaustiveSample: { type: 'string' },
      pipeline: { type: 'boolean', default: false },
      passes: { type: 'string', default: '1' },
      bodies: { type: 'string' },
    },
  });
  const log = (text: string) => process.stderr.write(`  ${values.engine} @ ${values.size}: ${text}\n`);
  const real = fnc1Sentences(values.bodies ?? '');
  const queries = makeQueries(real, Number(values.claims), QUERY_POOL);
  const timedQueries = queries.slice(0, Number(values.timedClaims ?? queries.length));
  const warmUp = makeQueries(real, WARM_UP_CLAIMS, QUERY_POOL, { seed: 11, offset: 5 });
  // The engine may be given the first `statements` only (a sample, scaled up by run.ts).
  const corpus = syntheticCorpus(real, Number(values.size)).slice(
    0,
    Number(values.statements ?? values.size),
  );
  const engine = makeEngine(values.engine ?? '');
  log(`building over ${corpus.length} statements, ${timedQueries.length} claims`);
  const passes = Number(values.passes);
  const result: MeasuredEngine = { figures: evaluateEngine(engine, corpus, timedQueries, warmUp, passes) };
  if (timedQueries.length < queries.length) {
    // Timed on fewer claims: the article's total is scaled to all of them.
    const scale = (ms: number | null | undefined) =>
      ms === null || ms === undefined ? null : Math.round((ms * queries.length) / timedQueries.length);
    result.figures.totalMs = scale(result.figures.totalMs);
    result.figures.firstPassMs = scale(result.figures.firstPassMs);
  }
  if (engine instanceof CrosscheckEngine) {
    log('re-ranking with similarity, as check.ts does');
    result.figures.reranked = searchFigures((claim) => engine.searchReranked(claim, 5), timedQueries, passes);
    const sample =
      corpus.length <= EXHAUSTIVE_ALL_UP_TO ? queries : queries.slice(0, Number(values.exhaustiveSample));
    log(`${sample.length} claims against the exhaustive match`);
    result.exhaustive = exhaustiveAgreement(engine, sample, CANDIDATE_LIMITS);
    if (values.pipeline) {
      log('checkArticle on the stored corpus');
      result.pipeline = pipelineFigures(corpus, engine.built, queries);
    }
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
