import lexicon from '../data/lexicon.json';
import { ownLookup } from '../text/own-value';

/** Stem → stems of words sharing its main WordNet sense (talk / chat, meet / encounter). */
const synonymsLookup = ownLookup<string[] | undefined>(lexicon.synonyms);

export function synonymsOf(stem: string): readonly string[] {
  return synonymsLookup(stem) ?? [];
}
