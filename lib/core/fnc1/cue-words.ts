import type { Analyzed } from '../match/analyze';
import { type Token, tokenize } from '../text/tokenize';

/**
 * Cue words of the stance model: common words whose presence shifts how an article treats a claim
 * ("report", "hoax", "confirm", "not", "may"). Chosen by `npm run train` from the training folds only, and
 * only among words no single story owns — a body word must be in a quarter of the training bodies, a
 * headline word in the headlines of many different stories — so that they carry stance, not topic.
 */
export interface CueVocabulary {
  /** Words looked for anywhere in the article. */
  body: string[];
  /** Words looked for in the claim (the headline). */
  headline: string[];
}

/** The words of a text as the vocabulary spells them: stems, function words included. */
export function wordsOf(tokens: readonly Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) into.add(token.stem || token.lower);
  return into;
}

/** All words of an article's statements. */
export function articleWords(statements: readonly Analyzed[]): Set<string> {
  const words = new Set<string>();
  for (const statement of statements) wordsOf(statement.tokens, words);
  return words;
}

/** The names the model gives the cue inputs, after the pair features. */
export function cueNames(vocabulary: CueVocabulary): string[] {
  return [...vocabulary.body.map((w) => `body:${w}`), ...vocabulary.headline.map((w) => `headline:${w}`)];
}

/** 1 where the article (body words) or the claim (headline words) has the cue word, else 0. */
export function cueFeatures(
  vocabulary: CueVocabulary,
  claim: string,
  article: ReadonlySet<string>,
): number[] {
  const claimWords = wordsOf(tokenize(claim));
  return [
    ...vocabulary.body.map((word) => (article.has(word) ? 1 : 0)),
    ...vocabulary.headline.map((word) => (claimWords.has(word) ? 1 : 0)),
  ];
}
