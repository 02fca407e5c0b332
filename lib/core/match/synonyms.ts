import lexicon from '../data/lexicon.json';
import { ownValue } from '../text/own-value';

/** Stem → stems of words sharing its main WordNet sense (talk / chat, meet / encounter). */
const SYNONYMS: Record<string, string[] | undefined> = lexicon.synonyms;

export function synonymsOf(stem: string): readonly string[] {
  return ownValue(SYNONYMS, stem) ?? [];
}
