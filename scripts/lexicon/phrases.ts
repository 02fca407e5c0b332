import { numberWordValue, ordinalWordValue, scaleWordValue } from '../../lib/core/text/numbers';
import { STOPWORDS } from '../../lib/core/text/stopwords';
import { stemWord } from '../../lib/core/text/tokenize';
import type { Pos, Synset } from './read-wordnet';

interface Reading {
  synsets: Map<string, Synset>;
}

/**
 * Idioms of three or four words are specific enough to oppose a word: "behind the scenes" is said of what is
 * not done openly. Shorter ones are mostly function words with many uses ("in part", "of course", "up to").
 */
const MIN_WORDS = 3;
const MAX_WORDS = 4;

/**
 * Adjective and adverb idioms WordNet writes as one lemma ("behind-the-scenes", "out_of_date"), as their
 * lower-case words joined by spaces → the stems of the one-word opposites of their sense: the members of the
 * synset opposed to it, or, for a satellite, to its head ("behind-the-scenes" is a kind of "covert", whose
 * opposite is {overt, open}). Tokens split a hyphenated or spaced idiom alike, so both match it.
 */
export function phraseOpposites(read: Map<Pos, Reading>): Record<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const pos of ['adj', 'adv'] as const) {
    const synsets = read.get(pos)?.synsets ?? new Map<string, Synset>();
    for (const synset of synsets.values()) {
      const opposed = synset.antonyms.map(([, target]) => target);
      const head = synset.satellite ? synsets.get(synset.similar[0] ?? '') : undefined;
      for (const [, target] of head?.antonyms ?? []) opposed.push(target);
      const opposites = opposed
        .flatMap((offset) => synsets.get(offset)?.words ?? [])
        .filter((word) => /^[a-z]{3,}$/.test(word) && !STOPWORDS.has(word))
        .map(stemWord);
      if (opposites.length === 0) continue;
      for (const lemma of synset.words) {
        const words = lemma.split(/[-_]/);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
        if (!words.every((word) => /^[a-z]+$/.test(word))) continue;
        // Numbers written out ("one hundred five") are counts, read as such elsewhere; some word must say
        // something of its own ("out of it" is all function words).
        const counts = (word: string) =>
          numberWordValue(word) !== null || scaleWordValue(word) !== null || ordinalWordValue(word) !== null;
        if (words.some(counts)) continue;
        if (words.every((word) => STOPWORDS.has(word))) continue;
        const phrase = words.join(' ');
        if (!found.has(phrase)) found.set(phrase, new Set());
        for (const stem of opposites) found.get(phrase)?.add(stem);
      }
    }
  }
  return Object.fromEntries(
    [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([phrase, set]) => [phrase, [...set].sort()]),
  );
}
