/**
 * Trains the stance model on the FNC-1 training set, holding out a fifth of the bodies (by Body ID), and
 * writes lib/core/data/stance-model.json. Reproducible: fixed split, fixed seed.
 * The settings (train-model.ts, select-cues.ts) were chosen with `--validate`, which trains on three
 * fifths and reports on a fourth, so the held-out fifth is only ever used to report.
 *
 *   npm run train [-- --fnc1 DIR] [--validate] [--cached]
 */
import { writeFileSync } from 'node:fs';
import { examplesOf } from './cached-features';
import { fold, readFnc1OrExit } from './fnc1-data';
import { printScores } from './print-scores';
import { predictAll, subset, trainModel } from './train-model';

const { pairs, bodies } = readFnc1OrExit(process.argv);
const examples = examplesOf(pairs, bodies, process.argv.includes('--cached'));

const validate = process.argv.includes('--validate');
const testFold = validate ? 1 : 0;
const train = subset(
  examples,
  (pair) => fold(pair.bodyId) !== testFold && !(validate && fold(pair.bodyId) === 0),
);
const test = subset(examples, (pair) => fold(pair.bodyId) === testFold);

const started = performance.now();
const model = trainModel(train);
console.log(
  `trained on ${train.pairs.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
const json = JSON.stringify(model);
if (!validate) writeFileSync('lib/core/data/stance-model.json', `${json}\n`);
console.log(`model: ${(json.length / 1024).toFixed(0)} KiB`);
const bodiesTested = new Set(test.pairs.map((pair) => pair.bodyId)).size;
printScores(
  `${validate ? 'validation' : 'held-out'} (${test.pairs.length} pairs, ${bodiesTested} bodies)`,
  test.pairs.map((pair) => pair.stance),
  predictAll(model, test),
);
