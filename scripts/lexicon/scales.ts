import { numberWordValue } from '../../lib/core/text/numbers';
import { STOPWORDS } from '../../lib/core/text/stopwords';
import type { Synset } from './read-wordnet';
import type { WordNet } from './tone';

/**
 * Adjectives by the ends of the scales WordNet draws between two opposite heads ("same" / "different",
 * "long" / "short"): word → signed scale numbers, +n at one end of scale n and −n at the other. Two words at
 * opposite ends of one scale ("identical" / "different", "lengthy" / "brief") are no direct antonyms, which
 * WordNet keeps for the heads alone, but describe one thing in opposite ways.
 */
export type Scales = Record<string, number[]>;

/** How far down a word's senses the one that puts it on a scale may be. */
const SCALE_SENSES = 2;

/**
 * Each pair of opposite head adjectives is a scale; a head's members and its satellites stand at its end,
 * each only where that sense is among the word's first two ("identical" is first "exactly alike", a
 * satellite of "same"); so are the heads an end refers to with "also see", with their satellites. Rare words
 * too ("frosty", "icy": uncommon in the reference frequencies, common in reporting on a mood); no function
 * words and no number words. Adverbs made from them stand with them ("frostily", "amiably").
 */
export function generateScales(wordnet: WordNet): Scales {
  const reading = wordnet.get('adj');
  if (!reading) return {};
  const { synsets, senses } = reading;
  const ends = new Map<string, Set<number>>();
  const place = (synset: Synset, end: number) => {
    for (const word of synset.words) {
      // Number words count, they do not describe: "first" and "two" are on no scale of each other's.
      if (!/^[a-z]+$/.test(word) || STOPWORDS.has(word) || numberWordValue(word) !== null) continue;
      if (!(senses.get(word) ?? []).slice(0, SCALE_SENSES).includes(synset.offset)) continue;
      if (!ends.has(word)) ends.set(word, new Set());
      ends.get(word)?.add(end);
    }
  };
  const seen = new Set<string>();
  let scale = 0;
  for (const head of [...synsets.values()].sort((a, b) => (a.offset < b.offset ? -1 : 1))) {
    if (head.satellite) continue;
    for (const [, offset] of head.antonyms) {
      const other = synsets.get(offset);
      const pair = [head.offset, offset].sort().join(' ');
      if (!other || other.satellite || seen.has(pair)) continue;
      seen.add(pair);
      scale += 1;
      for (const [end, sign] of [
        [head, 1],
        [other, -1],
      ] as const) {
        // The head with its satellites, and the heads it refers to with "also see" with theirs: "warm" (of
        // feeling) refers to "friendly", "cool" to "cold", whose satellite "frosty" is.
        const referred = end.alsoSee
          .map((o) => synsets.get(o))
          .filter((h) => h !== undefined && !h.satellite);
        for (const near of [end, ...referred] as Synset[]) {
          place(near, sign * scale);
          for (const satellite of near.similar.map((o) => synsets.get(o))) {
            if (satellite?.satellite) place(satellite, sign * scale);
          }
        }
      }
    }
  }
  // An adverb of manner stands where the adjective it is made from stands ("frostily" / "amiably": WordNet's
  // "pertains to" pointer from the adverb to "frosty", "amiable"), in one of its first two senses.
  const adverbs = wordnet.get('adv');
  for (const synset of adverbs?.synsets.values() ?? []) {
    const from = synset.ties
      .filter(([symbol]) => symbol === '\\')
      .flatMap(([, offset]) => synsets.get(offset)?.words ?? []);
    const adjectiveEnds = [...new Set(from.flatMap((word) => [...(ends.get(word) ?? [])]))];
    if (adjectiveEnds.length === 0) continue;
    for (const word of synset.words) {
      // Adverbs of manner only ("frostily"), not of time or degree ("later", "much").
      if (!/^[a-z]+ly$/.test(word) || STOPWORDS.has(word)) continue;
      if (!(adverbs?.senses.get(word) ?? []).slice(0, SCALE_SENSES).includes(synset.offset)) continue;
      if (!ends.has(word)) ends.set(word, new Set());
      for (const end of adjectiveEnds) ends.get(word)?.add(end);
    }
  }
  // A word at both ends of one scale says nothing of where it stands.
  return Object.fromEntries(
    [...ends]
      .map(([word, set]) => [word, [...set].filter((end) => !set.has(-end)).sort((a, b) => a - b)] as const)
      .filter(([, list]) => list.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
