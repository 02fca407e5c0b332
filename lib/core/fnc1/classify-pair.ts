import type { PreparedCorpus } from '../corpus';
import model from '../data/stance-model.json';
import { type Analyzed, analyze } from '../match/analyze';
import { articleWords, cueFeatures } from './cue-words';
import { pairFeatures } from './pair-features';
import { checkModel, predictStance, type StanceModel } from './softmax-model';
import type { Fnc1Stance } from './stances';

let checked: StanceModel | null = null;
/** The words of each article, computed once however many claims it is paired with. */
const wordsByArticle = new WeakMap<PreparedCorpus, Set<string>>();

/**
 * The FNC-1 label of a (claim, article) pair: the pair's features (the same similarity and stance rules the
 * sidebar uses) through the learned model. `analyzed` may pass the article's statements already analysed.
 */
export function classifyPair(claim: string, article: PreparedCorpus, analyzed?: Analyzed[]): Fnc1Stance {
  checked ??= checkModel(model as StanceModel);
  const stanceModel = checked;
  const cues = () => {
    let words = wordsByArticle.get(article);
    if (!words) {
      words = articleWords(analyzed ?? article.statements.map((s) => analyze(s.text)));
      wordsByArticle.set(article, words);
    }
    return cueFeatures(stanceModel.cues, claim, words);
  };
  return predictStance(stanceModel, pairFeatures(claim, article, analyzed), cues);
}
