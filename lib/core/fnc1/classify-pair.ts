import type { PreparedCorpus } from '../corpus';
import model from '../data/stance-model.json';
import type { Analyzed } from '../match/analyze';
import { pairFeatures } from './pair-features';
import { checkModel, predictStance, type StanceModel } from './softmax-model';
import type { Fnc1Stance } from './stances';

let checked: StanceModel | null = null;

/**
 * The FNC-1 label of a (claim, article) pair: the pair's features (the same similarity and stance rules the
 * sidebar uses) through the learned model. `analyzed` may pass the article's statements already analysed.
 */
export function classifyPair(claim: string, article: PreparedCorpus, analyzed?: Analyzed[]): Fnc1Stance {
  checked ??= checkModel(model as StanceModel);
  return predictStance(checked, pairFeatures(claim, article, analyzed));
}
