import { stemWord } from '../../lib/core/text/tokenize';
import type { Synset } from './read-wordnet';

/** WordNet's lexicographer files for places and for people ("an American"). */
const NOUN_LOCATION = 15;
const NOUN_PERSON = 18;
/** WordNet's lexicographer file of natural objects, continents among them. */
const NOUN_OBJECT = 17;
/** WordNet's lexicographer file of man-made things, buildings among them ("the Kremlin"). */
const NOUN_ARTIFACT = 6;

export interface PlaceNames {
  /** Stem → the places it names, as numbers: us, america, american → one; russia, russian → another. */
  places: Record<string, number[]>;
  /** Stem → the places it lies in: moscow → Russia's number. */
  within: Record<string, number[]>;
  /** Stems of words naming a place's people or things (American, Russian), not the place itself. */
  demonyms: string[];
  /**
   * Stem of a named building → the places it stands in: kremlin → Moscow's and Russia's numbers. A seat of
   * power is written for its city and country ("Moscow moved quickly" / "The Kremlin quickly …").
   */
  seats: Record<string, number[]>;
}

/**
 * A name as the lexicon keys it: its stem, and a name of several words ("Ho Chi Minh City") as its words'
 * stems joined by spaces ("ho chi minh citi").
 */
const nameKey = (word: string) =>
  word
    .replaceAll('.', '')
    .split('_')
    .map((part) => stemWord(part))
    .join(' ');

/** How many levels of "part of" are followed up from a place (a city, its state, its country, …). */
const MAX_NESTING = 4;

interface Part {
  synsets: Map<string, Synset>;
  senses: Map<string, string[]>;
}

/**
 * Names of places and of their people, so that "US", "America", "American" and "Americans" are known to name
 * one party and "Russia" and "Russian" another: two words name the same party when they share a place. Only
 * places with a demonym or with more than one name are kept: they are the ones written in more than one way.
 */
export function placeNames(nouns: Part, adjectives: Part): PlaceNames {
  // A land that places are part of is a place too, though WordNet files it with natural objects: Asia,
  // where Vietnam lies ("the Asia-Pacific Rim" / "the Asian-Pacific Rim").
  const holdsPlaces = new Set<string>();
  for (const synset of nouns.synsets.values())
    if (synset.lexFile === NOUN_LOCATION)
      for (const [symbol, whole] of synset.ties) if (symbol === '#p') holdsPlaces.add(whole);
  const isPlace = (offset: string) => {
    const synset = nouns.synsets.get(offset);
    const land =
      synset?.lexFile === NOUN_LOCATION || (synset?.lexFile === NOUN_OBJECT && holdsPlaces.has(offset));
    return land && (synset?.capitalised.some(Boolean) ?? false);
  };
  /** The places a synset of people or things points to: "American" → the United States. */
  const pointedTo = (synset: Synset | undefined): string[] => {
    if (!synset) return [];
    if (synset.pos === 'noun' && synset.lexFile !== NOUN_PERSON) return [];
    const symbols = synset.pos === 'noun' ? ['#m'] : ['\\', '+'];
    return synset.ties
      .filter(([symbol, offset, pos]) => symbols.includes(symbol) && pos === 'n' && isPlace(offset))
      .map(([, offset]) => offset);
  };
  const capitalWords = (synset: Synset) =>
    synset.words.filter(
      (word, i) => synset.capitalised[i] && /^[a-z]+(_[a-z]+)*$/.test(word.replaceAll('.', '')),
    );

  // A demonym names every place any of its senses points to: "Chinese" is said of both Chinas.
  const demonymPlaces = new Map<string, Set<string>>();
  for (const part of [adjectives, nouns]) {
    for (const synset of part.synsets.values()) {
      const places = pointedTo(synset);
      if (places.length === 0) continue;
      for (const word of capitalWords(synset)) {
        if (!demonymPlaces.has(word)) demonymPlaces.set(word, new Set());
        for (const place of places) demonymPlaces.get(word)?.add(place);
      }
    }
  }
  // A place's own name stands for its most frequent sense that is a place only: "China" is the People's
  // Republic, though WordNet also lists it as a name of Taiwan.
  const named = new Set([...demonymPlaces.values()].flatMap((places) => [...places]));
  const byStem = new Map<string, Set<string>>();
  const add = (word: string, places: Iterable<string>) => {
    // "U.S." is "us" once its dots are dropped, as the tokenizer writes it.
    const stem = nameKey(word);
    if (!byStem.has(stem)) byStem.set(stem, new Set());
    for (const place of places) byStem.get(stem)?.add(place);
  };
  const kept = (offset: string) =>
    isPlace(offset) && (named.has(offset) || capitalWords(nouns.synsets.get(offset) as Synset).length > 1);
  const mainPlace = (word: string) => (nouns.senses.get(word) ?? []).find(kept);
  // A name stands for its most frequent place, and for every place it is the first name of: "Russia" is
  // the federation and the empire, not the Soviet Union (whose first name is "Soviet Union").
  for (const offset of [...nouns.synsets.keys()].filter(kept)) {
    const synset = nouns.synsets.get(offset) as Synset;
    for (const word of capitalWords(synset)) {
      if (mainPlace(word) === offset || synset.words[0] === word) add(word, [offset]);
    }
  }
  // A demonym also names what the names of its places mostly stand for: "Chinese" points to a synset
  // named "China", and "China" is mostly the People's Republic.
  for (const [word, places] of demonymPlaces) {
    if (byStem.has(nameKey(word))) continue;
    const alsoMeant = [...places].flatMap((offset) =>
      capitalWords(nouns.synsets.get(offset) as Synset).flatMap((name) => mainPlace(name) ?? []),
    );
    add(word, [...places, ...alsoMeant]);
  }
  // A city or region stands inside its country: "Moscow" said for Russia is Russia, not a rival of it.
  // And inside what that lies in: Washington is in the District of Columbia, and so in the United States.
  const parts = (offset: string) =>
    (nouns.synsets.get(offset)?.ties ?? [])
      .filter(([symbol, whole]) => symbol === '#p' && isPlace(whole))
      .map(([, whole]) => whole);
  const around = (offset: string) => {
    const found = new Set<string>();
    let next = parts(offset);
    for (let depth = 0; depth < MAX_NESTING && next.length > 0; depth++) {
      for (const whole of next) found.add(whole);
      next = next.flatMap(parts).filter((whole) => !found.has(whole));
    }
    return [...found].filter(kept);
  };
  const within = new Map<string, Set<string>>();
  for (const synset of nouns.synsets.values()) {
    if (!isPlace(synset.offset)) continue;
    const wholes = around(synset.offset);
    if (wholes.length === 0) continue;
    for (const word of capitalWords(synset)) {
      if ((nouns.senses.get(word) ?? []).find(isPlace) !== synset.offset) continue;
      const stem = nameKey(word);
      if (!within.has(stem)) within.set(stem, new Set());
      for (const whole of wholes) within.get(stem)?.add(whole);
    }
  }
  // A building by the name it mostly has: "Kremlin" first names the citadel of Moscow.
  const seats = new Map<string, Set<string>>();
  for (const synset of nouns.synsets.values()) {
    if (synset.lexFile !== NOUN_ARTIFACT) continue;
    const wholes = around(synset.offset);
    if (wholes.length === 0) continue;
    for (const word of capitalWords(synset)) {
      if ((nouns.senses.get(word) ?? [])[0] !== synset.offset) continue;
      seats.set(nameKey(word), new Set(wholes));
    }
  }
  const used = new Set(
    [...byStem.values(), ...within.values(), ...seats.values()].flatMap((places) => [...places]),
  );
  const numbers = new Map([...used].sort().map((offset, i) => [offset, i]));
  const numbered = (table: Map<string, Set<string>>) =>
    Object.fromEntries(
      [...table]
        .filter(([, set]) => set.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([stem, set]) => [stem, [...set].map((o) => numbers.get(o) as number).sort((a, b) => a - b)]),
    );
  return {
    places: numbered(byStem),
    within: numbered(within),
    demonyms: [...new Set([...demonymPlaces.keys()].map(nameKey))].sort(),
    seats: numbered(seats),
  };
}
