import { bodyCorpus } from '../../lib/core/fnc1/body-corpus';
import { pairFeatures } from '../../lib/core/fnc1/pair-features';
import { analyze } from '../../lib/core/match/analyze';
import type { Fnc1Pair } from './fnc1-data';

/** Features of every pair, bodies prepared once each. Prints progress to stderr on a terminal. */
export function featuresOf(pairs: Fnc1Pair[], bodies: Map<string, string>): number[][] {
  const prepared = new Map<
    string,
    { corpus: ReturnType<typeof bodyCorpus>; analyzed: ReturnType<typeof analyze>[] }
  >();
  const out: number[][] = [];
  pairs.forEach((pair, i) => {
    let body = prepared.get(pair.bodyId);
    if (!body) {
      const corpus = bodyCorpus(pair.bodyId, bodies.get(pair.bodyId) ?? '');
      body = { corpus, analyzed: corpus.statements.map((s) => analyze(s.text)) };
      prepared.set(pair.bodyId, body);
    }
    out.push(pairFeatures(pair.headline, body.corpus, body.analyzed));
    if (process.stderr.isTTY && i % 1000 === 0) process.stderr.write(`\rfeatures ${i}/${pairs.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  return out;
}
