import lexicon from '../data/lexicon.json';
import type { Analyzed } from '../match/analyze';
import { perSentence } from '../match/per-sentence';
import type { Similarity } from '../match/similarity';
import { isAdverb, isVerbForm, type Token } from '../text/tokenize';
import { negatedStems } from './negation';
import { areOpposites } from './opposites';

/** +1 for a word that speaks well of what it describes, −1 for one that speaks ill (scripts/lexicon/tone.ts). */
const WORDS = new Map(Object.entries(lexicon.tone.words));
const STEMS = new Map(Object.entries(lexicon.tone.stems));
const VERBS = new Map(Object.entries(lexicon.tone.verbs));

/** Words after which a word is a verb: "in order to harm", "would damage". */
const BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

function toneOf(token: Token, before?: Token): number | undefined {
  return (
    WORDS.get(token.lower) ??
    STEMS.get(token.stem) ??
    (before && BEFORE_VERB.has(before.lower) ? VERBS.get(token.lower) : undefined)
  );
}

/** A token's tone where it stands: a word mostly a noun sets one only as a verb. */
const toneIn = (sentence: Analyzed, token: Token) => toneOf(token, sentence.tokens[token.index - 1]);

/** How many words away a shared word may be and still tie a word of tone to its place in the sentence. */
const ANCHOR_REACH = 3;

/** A sentence's words of tone that it does not deny ("not friendly" is left to the negation rules). */
const toned = perSentence((sentence: Analyzed): Token[] => {
  const denied = negatedStems(sentence);
  return sentence.tokens.filter(
    (token) =>
      !token.stop && !token.proper && toneIn(sentence, token) !== undefined && !denied.has(token.stem),
  );
});

/**
 * The shared word nearest the token on one side (−1 before, +1 after), within reach and the clause, as the
 * claim's stem: what ties two words of tone to the same place in their sentences ("a bellicose speech" /
 * "a conciliatory speech", "in order to help" / "in order to hurt"). Not a name.
 */
function anchor(
  sentence: Analyzed,
  token: Token,
  step: -1 | 1,
  shared: Map<string, string>,
  pastAdverbs = false,
): string | null {
  const { tokens, text } = sentence;
  for (let d = 1; d <= ANCHOR_REACH; d++) {
    const near = tokens[token.index + step * d];
    if (!near) return null;
    const [left, right] = step < 0 ? [near, tokens[near.index + 1]] : [tokens[near.index - 1], near];
    if (left && right && /[;:.!?]/.test(text.slice(left.end, right.start))) return null;
    // Past function words, and adverbs where asked: "looked decidedly frosty" is in the place of "looked
    // friendly".
    if (near.stop || (pastAdverbs && isAdverb(near))) continue;
    // A name is the object of many things ("to help Trump" / "an issue that has plagued Trump"); only one
    // before the word, its doer, ties it ("Putin smiling" / "Putin was frowning").
    if (near.capital && step > 0) return null;
    // …a doer, not whose it is nor a place set off by a comma ("Vietnam's capital city" / "in Vietnam,
    // senior officials").
    if (near.capital && (/'s$/.test(near.lower) || /,/.test(text.slice(left?.end, right?.start))))
      return null;
    return shared.get(near.stem) ?? null;
  }
  return null;
}

/** Every stem a sentence writes, function words too: a word of tone the other side also uses sets none. */
const writtenStems = perSentence((sentence: Analyzed) => new Set(sentence.tokens.map((t) => t.stem)));

/**
 * The two words' places are one: next to the same shared word, on the same side of both (`mine` and `theirs`
 * map each side's shared stems to the claim's).
 */
function tiedInPlace(
  [claim, a, mine]: [Analyzed, Token, Map<string, string>],
  [statement, b, theirs]: [Analyzed, Token, Map<string, string>],
  pastAdverbs: boolean,
): boolean {
  return ([-1, 1] as const).some((step) => {
    const here = anchor(claim, a, step, mine, pastAdverbs);
    return here !== null && here === anchor(statement, b, step, theirs, pastAdverbs);
  });
}

/**
 * A word of the claim and a word of the statement that `opposed` sets against each other, in the same place
 * of the two sentences; `words` gives each sentence's candidates. A word either sentence also uses sets none.
 */
function opposedInPlace(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
  words: (sentence: Analyzed) => Token[],
  opposed: (a: Token, b: Token) => boolean,
  pastAdverbs = false,
): { claim: string; statement: string } | null {
  const ours = words(claim).filter((t) => !writtenStems(statement).has(t.stem));
  if (ours.length === 0) return null;
  const other = words(statement).filter((t) => !writtenStems(claim).has(t.stem));
  if (other.length === 0) return null;
  const mine = new Map(sim.shared.map((term) => [term.claimStem, term.claimStem]));
  const theirs = new Map(sim.shared.map((term) => [term.statementStem, term.claimStem]));
  for (const a of ours) {
    for (const b of other) {
      if (opposed(a, b) && tiedInPlace([claim, a, mine], [statement, b, theirs], pastAdverbs))
        return { claim: a.text, statement: b.text };
    }
  }
  return null;
}

/**
 * A word of the claim and a word of the statement of opposite tone, in the same place of the two sentences
 * (next to the same shared word): "the chat looked friendly" / "the chat looked hostile", "in order to help"
 * / "in order to hurt". Lexical antonyms (opposites.ts) miss most of these: WordNet opposes "friendly" to
 * "unfriendly", not to "hostile" or "tense". A word either sentence also uses, or denies, sets no tone
 * against the other. Most pairs have no word of tone on one side: nothing else is read for them.
 */
export function opposedTone(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
): { claim: string; statement: string } | null {
  // What is done and what something is are two places: "the leader denied" / "the leaders have
  // sufficient areas" (a verb form against a word that is none).
  return opposedInPlace(
    claim,
    statement,
    sim,
    toned,
    (a, b) => toneIn(claim, a) !== toneIn(statement, b) && isVerbForm(a) === isVerbForm(b),
  );
}

/**
 * Two different words of the same tone in the same place of the two sentences: "a blunt and combative speech"
 * / "a direct and bellicose speech". One thing more the two say alike (classify-stance.ts).
 */
export function sameTone(claim: Analyzed, statement: Analyzed, sim: Similarity): boolean {
  const alike = (a: Token, b: Token) =>
    a.stem !== b.stem && toneIn(claim, a) === toneIn(statement, b) && isVerbForm(a) === isVerbForm(b);
  return opposedInPlace(claim, statement, sim, toned, alike) !== null;
}

/** Each adjective's ends of WordNet's scales (scripts/lexicon/scales.ts). */
const SCALES = new Map(Object.entries(lexicon.scales as Record<string, number[]>));

/** Whether a word (as written, lower case) is an adjective at an end of one of WordNet's scales. */
export const isScaleAdjective = (word: string): boolean => SCALES.has(word);

/** Nouns of time (WordNet's noun.time, lexicon.json): what a word before one dates. */
export const TIMES: ReadonlySet<string> = new Set(lexicon.times);

/**
 * Whether a word dates the time after it, past function words, rather than describing it: "last week",
 * "earlier this year".
 */
function datesTime(sentence: Analyzed, token: Token): boolean {
  const next = sentence.tokens.slice(token.index + 1, token.index + 3).find((t) => !t.stop);
  return next !== undefined && TIMES.has(next.stem);
}

/** A sentence's adjectives that stand at an end of some scale, undenied and dating no time. */
const scaled = perSentence((sentence: Analyzed): Token[] => {
  const denied = negatedStems(sentence);
  return sentence.tokens.filter(
    (token) =>
      !token.stop &&
      !token.proper &&
      SCALES.has(token.lower) &&
      !denied.has(token.stem) &&
      !datesTime(sentence, token),
  );
});

/**
 * Two adjectives at opposite ends of one of WordNet's scales, in the same place of the two sentences: "gave
 * nearly identical accounts" / "gave dramatically different accounts", "a lengthy exchange" / "a brief
 * exchange". WordNet makes direct antonyms of the two heads of a scale only (same / different).
 */
export function opposedOnScale(
  claim: Analyzed,
  statement: Analyzed,
  sim: Similarity,
): { claim: string; statement: string } | null {
  // Adjectives take adverbs before them ("looked decidedly frosty"): the place is past them.
  return opposedInPlace(
    claim,
    statement,
    sim,
    scaled,
    (a, b) => {
      // Direct antonyms were opposites.ts's to judge ("informal encounters" / "a formal meeting" are both true
      // of Danang).
      if (areOpposites(a.stem, b.stem)) return false;
      const theirs = SCALES.get(b.lower) ?? [];
      return (SCALES.get(a.lower) ?? []).some((end) => theirs.includes(-end));
    },
    true,
  );
}
