/**
 * A harder estimate than the held-out fifth: five-fold cross-validation where the folds are whole stories
 * (headlines and bodies joined by related pairs, see stories.ts), so the model is always scored on events
 * it never saw — as on the FNC-1 competition test set, whose headlines and bodies are all new. Pairs whose
 * headline and body fall in different folds are left out. Takes a few minutes.
 *
 *   npx tsx scripts/train/story-cv.ts [--fnc1 DIR] [--cached]
 */
import type { Fnc1Stance } from '../../lib/core/fnc1/stances';
import { examplesOf } from './cached-features';
import { fold, readFnc1OrExit } from './fnc1-data';
import { printScores } from './print-scores';
import { bodyKey, headlineKey, storiesOf } from './stories';
import { predictAll, subset, trainModel } from './train-model';

const FOLDS = 5;
const { pairs, bodies } = readFnc1OrExit(process.argv);
const examples = examplesOf(pairs, bodies, process.argv.includes('--cached'));
const story = storiesOf(pairs);
const storyFold = (pair: (typeof pairs)[number]) => {
  const a = fold(story(headlineKey(pair.headline)));
  return a === fold(story(bodyKey(pair.bodyId))) ? a : -1;
};

const gold: Fnc1Stance[] = [];
const predicted: Fnc1Stance[] = [];
for (let k = 0; k < FOLDS; k++) {
  const model = trainModel(subset(examples, (pair) => storyFold(pair) !== k && storyFold(pair) !== -1));
  const test = subset(examples, (pair) => storyFold(pair) === k);
  gold.push(...test.pairs.map((pair) => pair.stance));
  predicted.push(...predictAll(model, test));
  console.log(`fold ${k + 1} of ${FOLDS}: ${test.pairs.length} pairs`);
}
printScores(`story-disjoint cross-validation (${gold.length} pairs)`, gold, predicted, true);
