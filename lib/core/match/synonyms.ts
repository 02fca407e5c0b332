import lexicon from '../data/lexicon.json';

/** Stem → stems of words sharing its main WordNet sense (talk / chat, meet / encounter). */
const SYNONYMS: Record<string, string[] | undefined> = lexicon.synonyms;

export function synonymsOf(stem: string): readonly string[] {
  return SYNONYMS[stem] ?? [];
}
