/**
 * Trains the stance model on the FNC-1 training set, holding out a fifth of the bodies (by Body ID), and
 * writes lib/core/data/stance-model.json. Reproducible: fixed split, fixed seed.
 * The settings below were chosen with `--validate`, which trains on three fifths and reports on a fourth,
 * so the held-out fifth is only ever used to report.
 *
 *   npm run train [-- --fnc1 DIR] [--validate] [--cached]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../../lib/core/fnc1/pair-features';
import { scoreFnc1 } from '../../lib/core/fnc1/score';
import { predictStance, type StanceModel } from '../../lib/core/fnc1/softmax-model';
import { FNC1_STANCES } from '../../lib/core/fnc1/stances';
import { featuresOf } from './features';
import { fitSoftmax } from './fit-softmax';
import { DEFAULT_FNC1_DIR, fold, readFnc1 } from './fnc1-data';

/** Training settings; see fit-softmax.ts. Fixed, so two runs give the same model. */
const EPOCHS = 30;
const LEARNING_RATE = 0.005;
const L2 = 1e-4;
const SEED = 17;
/**
 * Rare labels weigh more in the loss so that the model does not learn never to say them (disagree is
 * 1.7% of pairs). Square-root balancing: a label's weight grows with sqrt(1 / its share).
 */
const BALANCE_POWER = 0.6;

const dirFlag = process.argv.indexOf('--fnc1');
const dir = dirFlag > 0 ? (process.argv[dirFlag + 1] ?? DEFAULT_FNC1_DIR) : DEFAULT_FNC1_DIR;
const { pairs, bodies } = readFnc1(dir);

const cacheFile = '.cache/fnc1-features.json';
const cacheKey = `${FEATURE_NAMES.join()}|${pairs.length}`;
let features: number[][];
const cached = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : null;
if (cached?.key === cacheKey && process.argv.includes('--cached')) {
  features = cached.features;
} else {
  const started = performance.now();
  features = featuresOf(pairs, bodies);
  console.log(`features: ${pairs.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync('.cache', { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key: cacheKey, features }));
}

const trainX: number[][] = [];
const trainY: number[] = [];
const testX: number[][] = [];
const testGold: (typeof FNC1_STANCES)[number][] = [];
const validate = process.argv.includes('--validate');
const isTest = (bodyId: string) => fold(bodyId) === (validate ? 1 : 0);
pairs.forEach((pair, i) => {
  const row = features[i] ?? [];
  if (validate && fold(pair.bodyId) === 0) return;
  if (isTest(pair.bodyId)) {
    testX.push(row);
    testGold.push(pair.stance);
  } else {
    trainX.push(row);
    trainY.push(FNC1_STANCES.indexOf(pair.stance));
  }
});
/** Weights per label: rare labels weigh more, growing with (1 / share) ** BALANCE_POWER. */
function balanced(labels: number[], k: number): number[] {
  const counts = Array.from({ length: k }, (_, label) => labels.filter((y) => y === label).length);
  return counts.map((count) => (labels.length / (k * Math.max(1, count))) ** BALANCE_POWER);
}

const started = performance.now();
const trainPart = (rows: number[][], labels: number[], names: string[], power = true) =>
  fitSoftmax(
    rows,
    labels,
    { features: [...FEATURE_NAMES], labels: names },
    {
      epochs: EPOCHS,
      learningRate: LEARNING_RATE,
      l2: L2,
      labelWeights: power ? balanced(labels, names.length) : names.map(() => 1),
      seed: SEED,
    },
  );
const unrelated = FNC1_STANCES.indexOf('unrelated');
const relatedRows = trainX.filter((_, i) => trainY[i] !== unrelated);
const model: StanceModel = {
  relatedness: trainPart(
    trainX,
    trainY.map((y) => (y === unrelated ? 1 : 0)),
    ['related', 'unrelated'],
    false,
  ),
  stance: trainPart(
    relatedRows,
    trainY.filter((y) => y !== unrelated),
    ['agree', 'disagree', 'discuss'],
  ),
};
console.log(`trained on ${trainX.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const predicted = testX.map((row) => predictStance(model, row));
const scores = scoreFnc1(testGold, predicted);
const json = JSON.stringify(model);
if (!validate) writeFileSync('lib/core/data/stance-model.json', `${json}\n`);
console.log(`model: ${(json.length / 1024).toFixed(0)} KiB`);
console.log(
  `${validate ? 'validation' : 'held-out'} (${scores.pairs} pairs, ${new Set(pairs.filter((p) => isTest(p.bodyId)).map((p) => p.bodyId)).size} bodies): ` +
    `relative score ${(scores.relativeScore * 100).toFixed(2)}%, macro-F1 ${scores.macroF1.toFixed(3)}, ` +
    FNC1_STANCES.map((s) => `${s} F1 ${scores.f1[s].toFixed(3)}`).join(', '),
);
console.log('confusion (rows gold, columns predicted: agree, disagree, discuss, unrelated):');
for (const gold of FNC1_STANCES) {
  console.log(
    `  ${gold.padEnd(10)} ${FNC1_STANCES.map((p) => String(scores.confusion[gold][p]).padStart(6)).join('')}`,
  );
}
