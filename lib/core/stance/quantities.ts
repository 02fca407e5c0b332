import lexicon from '../data/lexicon.json';
import type { Analyzed } from '../match/analyze';
import { perSentence } from '../match/per-sentence';
import { scaleWordValue } from '../text/numbers';
import { ownLookup, ownValue } from '../text/own-value';
import { AUXILIARY_VERBS, stemWord, type Token } from '../text/tokenize';
import { YEAR } from './named-parties';
import { MODIFIERS } from './negation';
import { isDemonym } from './places';
import { isScaleAdjective } from './tone';

/** A number and what it counts: "13-day" → 13 day, "two indictments" → 2 indict, "3.5 percent" → 3.5 percent. */
export interface Quantity {
  value: number;
  unit: string;
  text: string;
  /** A span counted back or forward from the time of writing ("for the last two days"), not a length. */
  relative: boolean;
  /** What the number bounds: "more than one" is two at least, "up to ten" ten at most, "about ten" near ten. */
  bound: Bound;
  /** One by its article only ("a guilty plea"): a count only against a number the other side writes. */
  article: boolean;
}

type Bound = 'exact' | 'atLeast' | 'atMost' | 'over' | 'under' | 'about';

/**
 * Words before a number that make it a bound, by the one or two words written: "more than one", "up to ten".
 * Not "over" or "under": "over two days" is as often how long as more than how long.
 */
const BOUNDS: Record<string, Bound> = {
  'more than': 'over',
  'at least': 'atLeast',
  above: 'over',
  'less than': 'under',
  'fewer than': 'under',
  'at most': 'atMost',
  'up to': 'atMost',
  below: 'under',
  about: 'about',
  around: 'about',
  nearly: 'about',
  almost: 'about',
  roughly: 'about',
  approximately: 'about',
  some: 'about',
};

/** From this count on, "more than" and "fewer than" may be said of a round figure itself ("more than 100"). */
const ROUNDED = 10;

/** How far an approximate number ("about ten") may lie from another and still be the same count. */
const ABOUT = 0.2;

function boundBefore(tokens: readonly Token[], at: number): Bound {
  const one = tokens[at - 1]?.lower ?? '';
  const two = `${tokens[at - 2]?.lower ?? ''} ${one}`;
  return ownValue(BOUNDS, two) ?? ownValue(BOUNDS, one) ?? 'exact';
}

/** The counts a quantity allows, as a closed range: "more than one" is 2 or more, "about ten" 8 to 12. */
function range({ value, bound }: Quantity): [low: number, high: number] {
  // "More than one occasion" is no single one; "more than 100" may be said of a round hundred itself.
  const strict = value < ROUNDED ? 1 : 0;
  if (bound === 'atLeast') return [value, Number.POSITIVE_INFINITY];
  if (bound === 'over') return [value + strict, Number.POSITIVE_INFINITY];
  if (bound === 'atMost') return [Number.NEGATIVE_INFINITY, value];
  if (bound === 'under') return [Number.NEGATIVE_INFINITY, value - strict];
  if (bound === 'about') return [value * (1 - ABOUT), value * (1 + ABOUT)];
  return [value, value];
}

/** Whether one count may be the other: the counts each allows overlap. */
function compatible(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = range(a);
  const [bLow, bHigh] = range(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Words that make a count a span from now: "the last two days", "the next five years". */
const RELATIVE = new Set(['last', 'past', 'previous', 'next', 'coming', 'following']);

/** How many tokens may stand between a number and its unit ("two formal indictments"). */
const UNIT_REACH = 2;

/** The unit "once" and "twice" count, as "a single time" and "a couple times" do. */
const TIME_UNIT = stemWord('time');

/** A common adjective or adverb, or an adjective at an end of one of WordNet's scales ("different"). */
const isAdjective = (token: Token) => MODIFIERS.has(token.stem) || isScaleAdjective(token.lower);

/** Adverbs that count times: "met just once", "spoke twice". */
const COUNTED_TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
/** Words before "once" that make it a count, not "formerly" or "as soon as": "only once", "more than once". */
const COUNTING_ONCE = new Set(['just', 'only', 'exactly', 'least', 'than']);
/** Words after "once" that leave it a count: "spoke once during the summit". */
const AFTER_ONCE = new Set(['during', 'in', 'at', 'on', 'with']);

/** "once" or "twice" as a count of times, or null: not "once a close ally", "twice as many". */
function timesCounted(sentence: Analyzed, token: Token): number | null {
  const value = ownValue(COUNTED_TIMES, token.lower);
  if (value === undefined) return null;
  const next = sentence.tokens[token.index + 1];
  if (value > 1) return next?.lower === 'as' ? null : value;
  const before = sentence.tokens[token.index - 1]?.lower ?? '';
  const atEnd = !next || /^\s*[,.;:!?]/.test(sentence.text.slice(token.end, next.start + 1));
  return COUNTING_ONCE.has(before) || atEnd || AFTER_ONCE.has(next?.lower ?? '') ? value : null;
}

/**
 * A number that counts nothing: part of a time of day ("8:15", "17:05"; hours and minutes) or of a name
 * written with letters before it ("the G20 summit", "an A380", "Covid-19"). Letters after it are a unit
 * ("2,000km").
 */
function countsNothing(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  return /\d:$/.test(before) || /^:\d/.test(text.slice(token.end, token.end + 2)) || /\p{L}-?$/u.test(before);
}

function readQuantities(sentence: Analyzed): Quantity[] {
  const { tokens } = sentence;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const times = timesCounted(sentence, token);
    if (times !== null) {
      out.push({
        value: times,
        unit: TIME_UNIT,
        text: token.text,
        relative: false,
        bound: boundBefore(tokens, i),
        article: false,
      });
      continue;
    }
    // "the only American journalist allowed": one journalist.
    const only = token.lower === 'only' && tokens[i - 1]?.lower === 'the';
    // "as well as a guilty plea" / "along with two guilty pleas"; not "a couple", "a few".
    const article = (token.lower === 'a' || token.lower === 'an') && tokens[i + 1]?.value === null;
    // Years read as numbers would make "the 2016 election" a quantity of elections.
    // "Air Force One": a number word written as part of a name counts nothing ("FIVE indictments" is
    // only shouted).
    const named = token.proper && token.text !== token.text.toUpperCase();
    if (!only && !article && (token.value === null || YEAR.test(token.lower) || named)) continue;
    if (!only && !article && countsNothing(sentence.text, token)) continue;
    let value = only || article ? 1 : (token.value as number);
    let j = i + 1;
    const scale = tokens[j] ? scaleWordValue(tokens[j]?.lower ?? '') : null;
    if (scale !== null) {
      value *= scale;
      j += 1;
    }
    for (let k = j; k < Math.min(tokens.length, j + UNIT_REACH + 1); k++) {
      const unit = tokens[k];
      if (!unit || unit.value !== null) break;
      // "The two would meet": a count followed by a verb counts who does it, not the verb.
      if (AUXILIARY_VERBS.has(unit.lower)) break;
      // A nationality or a name says what kind or whose, not what is counted: "three American journalists",
      // "two CNN reporters".
      if (unit.stop || unit.proper || isDemonym(unit.stem)) continue;
      if (k === j + UNIT_REACH) break;
      // An adjective before the things counted says what kind: "seven different countries", "a guilty plea"
      // (not "the two first met": after a count of more than one, the word after it must be a plural).
      const next = tokens[k + 1];
      const noun = next !== undefined && !next.stop && !next.proper && next.value === null;
      const plural = noun && /[^s]s$/.test(next.lower);
      if (isAdjective(unit) && (value === 1 ? noun : plural) && k + 1 < j + UNIT_REACH) continue;
      // "a" counts one thing, not several ("a multiple times"), and no occurrence: "for a long time".
      if (article && ((/[^s]s$/.test(unit.lower) && unit.stem !== unit.lower) || OCCURRENCES.has(unit.stem)))
        break;
      const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1];
      // "scheduled to last 10 days", "will last two days": "last" is then the verb, and the span a length.
      const lastAsVerb =
        before?.lower === 'last' &&
        (tokens[before.index - 1]?.lower === 'to' ||
          AUXILIARY_VERBS.has(tokens[before.index - 1]?.lower ?? ''));
      const relative = RELATIVE.has(before?.lower ?? '') && !lastAsVerb;
      const text = sentence.text.slice(token.start, unit.end);
      const bound = only || article ? 'exact' : boundBefore(tokens, i);
      out.push({ value, unit: unit.stem, text, relative, bound, article });
      break;
    }
  }
  return out;
}

/** The counts a sentence gives, read once per sentence (a claim is compared with each of its candidates). */
export const quantities = perSentence(readQuantities);

/** Words that count occurrences, one as the other: "only once" / "on more than one occasion". */
const OCCURRENCES = new Set([TIME_UNIT, stemWord('occasion')]);

/** Nouns whose most frequent sense is the same (nation / country), from WordNet (scripts/lexicon). */
const sameNouns = ownLookup<string[] | undefined>(lexicon.sameNouns);

/** Whether two counts count the same kind of thing: "seven-nation" and "five-country" do. */
const sameUnitAs = (a: string, b: string) =>
  a === b || (OCCURRENCES.has(a) && OCCURRENCES.has(b)) || (sameNouns(a)?.includes(b) ?? false);

/** Counts of the same thing that differ: the claim's and the statement's, for the reason shown to the reader. */
export function differingQuantities(
  claim: Analyzed,
  statement: Analyzed,
): { claim: Quantity; statement: Quantity } | null {
  const theirs = quantities(statement);
  for (const mine of quantities(claim)) {
    const sameUnit = theirs.filter(
      (q) => sameUnitAs(q.unit, mine.unit) && q.relative === mine.relative && !(q.article && mine.article),
    );
    if (sameUnit.length > 0 && !sameUnit.some((q) => compatible(mine, q))) {
      return { claim: mine, statement: sameUnit[0] as Quantity };
    }
  }
  return null;
}

/**
 * Whether the two give one count of the same thing ("more than once" / "on more than one occasion"): one
 * thing more they say alike, as a shared word is.
 */
export function sameCount(claim: Analyzed, statement: Analyzed): boolean {
  const theirs = quantities(statement).filter((q) => !q.article);
  return quantities(claim).some(
    (mine) =>
      !mine.article &&
      theirs.some(
        (q) => sameUnitAs(q.unit, mine.unit) && q.relative === mine.relative && compatible(mine, q),
      ),
  );
}
