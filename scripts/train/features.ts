import { bodyCorpus } from '../../lib/core/fnc1/body-corpus';
import { articleWords } from '../../lib/core/fnc1/cue-words';
import { pairFeatures } from '../../lib/core/fnc1/pair-features';
import { analyze } from '../../lib/core/match/analyze';
import type { Fnc1Pair } from './fnc1-data';

export interface PairFeatures {
  /** One row of pair features per pair, in order. */
  rows: number[][];
  /** The words of each body's statements, for the cue-word inputs (lib/core/fnc1/cue-words.ts). */
  bodyWords: Map<string, Set<string>>;
}

/** Features of every pair, bodies prepared once each. Prints progress to stderr on a terminal. */
export function featuresOf(pairs: Fnc1Pair[], bodies: Map<string, string>): PairFeatures {
  const prepared = new Map<
    string,
    { corpus: ReturnType<typeof bodyCorpus>; analyzed: ReturnType<typeof analyze>[] }
  >();
  const bodyWords = new Map<string, Set<string>>();
  const rows: number[][] = [];
  pairs.forEach((pair, i) => {
    let body = prepared.get(pair.bodyId);
    if (!body) {
      const corpus = bodyCorpus(pair.bodyId, bodies.get(pair.bodyId) ?? '');
      body = { corpus, analyzed: corpus.statements.map((s) => analyze(s.text)) };
      prepared.set(pair.bodyId, body);
      bodyWords.set(pair.bodyId, articleWords(body.analyzed));
    }
    rows.push(pairFeatures(pair.headline, body.corpus, body.analyzed));
    if (process.stderr.isTTY && i % 1000 === 0) process.stderr.write(`\rfeatures ${i}/${pairs.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return { rows, bodyWords };
}
