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
  /** For a span of time before or after something, what it is before or after: "before air" (Air Force One). */
  anchor?: string;
  /** A span of time after "for": how long something went on ("had been telling reporters for a whole week"). */
  lasting?: boolean;
  /**
   * The opening span of something ("the first week of the trip", "the first two weeks"): a count only
   * against another opening span.
   */
  opening?: boolean;
}

/** `several`: a span written as a plural unit with no number ("minutes before", "several hours"). */
type Bound = 'exact' | 'atLeast' | 'atMost' | 'over' | 'under' | 'about' | 'several';

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

/** Units of time, in minutes: "three hours" and "minutes" measure one thing, as "a week" and "two days" do. */
const TIME_SPANS = new Map(
  (
    [
      ['minute', 1],
      ['hour', 60],
      ['day', 60 * 24],
      ['week', 60 * 24 * 7],
      ['month', 60 * 24 * 30],
      ['year', 60 * 24 * 365],
    ] as const
  ).map(([unit, minutes]) => [stemWord(unit), minutes]),
);
/** Several of a unit stay below the next unit up where that is plain: minutes within the hour, hours the day. */
const SEVERAL_BELOW = new Map([
  [stemWord('minute'), 60],
  [stemWord('hour'), 60 * 24],
]);

/** The counts a quantity allows, as a closed range, a span of time in minutes: "more than one" is 2 or more. */
function range(quantity: Quantity): [low: number, high: number] {
  const scale = TIME_SPANS.get(quantity.unit) ?? 1;
  const [low, high] = unscaledRange(quantity);
  // Below it, not up to it: "minutes before" is less than "an hour before".
  const below = SEVERAL_BELOW.get(quantity.unit);
  if (quantity.bound === 'several') return [low * scale, below === undefined ? high : below - 1];
  return [low * scale, high * scale];
}

function unscaledRange({ value, bound }: Quantity): [low: number, high: number] {
  // "More than one occasion" is no single one; "more than 100" may be said of a round hundred itself.
  const strict = value < ROUNDED ? 1 : 0;
  if (bound === 'several') return [2, Number.POSITIVE_INFINITY];
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
const RELATIVE = new Set(['last', 'past', 'previous', 'preceding', 'prior', 'next', 'coming', 'following']);

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
  // "not once, but on more than one occasion": a count denied is no count.
  if (before === 'not' || before === 'never') return null;
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

/** Words after a span that make it how long before or after something: "minutes before", "hours later". */
const SPAN_AFTER = new Set(['before', 'after', 'later', 'earlier', 'ago']);
/** Words before a plural unit that make it a time rather than a span: "in the hours before the vote". */
const NAMING_SPAN = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'final']);
/**
 * Words that stand for a number above one: "several hours", "a few minutes", "many hours before",
 * "several times", "on multiple occasions".
 */
const SEVERAL = new Set(['several', 'few', 'multiple', 'numerous', 'many']);

/** Words that may stand between "for" and a span's number: "for a whole week", "for the past two days". */
const BEFORE_SPAN = new Set([
  'a',
  'an',
  'the',
  'whole',
  'full',
  'entire',
  'past',
  'last',
  'previous',
  'preceding',
  'prior',
]);

/** Whether the count at `at` follows "for", past BEFORE_SPAN words: how long something went on. */
function afterFor(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && BEFORE_SPAN.has(tokens[i]?.lower ?? '')) i--;
  return tokens[i]?.lower === 'for';
}

/**
 * What a span of time ending at `unit` is before or after, as the word and the next content word after it
 * ("minutes before Air Force One touched down" → "before air"), or undefined.
 */
function anchorAfter(sentence: Analyzed, unit: Token): string | undefined {
  const { tokens } = sentence;
  const word = tokens[unit.index + 1];
  if (!word || !SPAN_AFTER.has(word.lower)) return undefined;
  // "three weeks ago" is before now, whatever follows it.
  if (word.lower === 'ago') return word.lower;
  const what = tokens.slice(word.index + 1).find((t) => !t.stop);
  return what ? `${word.lower} ${what.stem}` : undefined;
}

/**
 * A span of time written as a plural unit with no number, how long before or after something: "minutes
 * before Air Force One touched down", "several hours before". Null for anything else.
 */
function severalSpan(sentence: Analyzed, token: Token): Quantity | null {
  const { tokens, text } = sentence;
  if (!TIME_SPANS.has(token.stem) || token.stem === token.lower || !/s$/.test(token.lower)) return null;
  if (!SPAN_AFTER.has(tokens[token.index + 1]?.lower ?? '')) return null;
  const before = tokens[token.index - 1];
  const several = SEVERAL.has(before?.lower ?? '');
  // "two hours before" is counted as a number; "the hours before" names a time, not a span.
  if (before && !several && (before.value !== null || NAMING_SPAN.has(before.lower))) return null;
  const from = several ? (before as Token) : token;
  return {
    value: 2,
    unit: token.stem,
    text: text.slice(from.start, token.end),
    // "hours ago" is counted back from now, as "three hours ago" is.
    relative: tokens[token.index + 1]?.lower === 'ago',
    bound: 'several',
    article: false,
    anchor: anchorAfter(sentence, token),
  };
}

/**
 * "last week", "last month": one unit of time back from now, as "three weeks ago" is three. Not "the last
 * week of the trip" (a week of something), nor "at last".
 */
function lastUnit(sentence: Analyzed, token: Token): Quantity | null {
  const { tokens, text } = sentence;
  const unit = tokens[token.index + 1];
  if (token.lower !== 'last' || !unit || !TIME_SPANS.has(unit.stem) || unit.stem !== unit.lower) return null;
  if (tokens[token.index - 1]?.lower === 'the' || tokens[unit.index + 1]?.lower === 'of') return null;
  return {
    value: 1,
    unit: unit.stem,
    text: text.slice(token.start, unit.end),
    relative: true,
    bound: 'exact',
    article: false,
  };
}

/** "the first week of the trip": one week, the opening one. */
function firstUnit(sentence: Analyzed, token: Token): Quantity | null {
  const { tokens, text } = sentence;
  const unit = tokens[token.index + 1];
  if (token.lower !== 'first' || !unit || !TIME_SPANS.has(unit.stem) || unit.stem !== unit.lower) return null;
  return {
    value: 1,
    unit: unit.stem,
    text: text.slice(token.start, unit.end),
    relative: false,
    bound: 'exact',
    article: false,
    opening: true,
  };
}

/** Words before a number that take the things one by one: "each one", "every one". */
const DISTRIBUTIVE = new Set(['each', 'every']);

function readQuantities(sentence: Analyzed): Quantity[] {
  const { tokens } = sentence;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const span = severalSpan(sentence, token) ?? lastUnit(sentence, token) ?? firstUnit(sentence, token);
    if (span) {
      out.push(span);
      continue;
    }
    // "repeatedly", "several times", "on multiple occasions": more than once.
    const several =
      token.lower === 'repeatedly' ||
      (SEVERAL.has(token.lower) &&
        OCCURRENCES.has(tokens[i + 1]?.stem ?? '') &&
        tokens[i - 1]?.lower !== 'a');
    if (several) {
      const end = token.lower === 'repeatedly' ? token : (tokens[i + 1] as Token);
      out.push({
        value: 2,
        unit: TIME_UNIT,
        text: sentence.text.slice(token.start, end.end),
        relative: false,
        bound: 'atLeast',
        article: false,
      });
      continue;
    }
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
    // "each one wearing the shirt": one at a time is no count of one.
    if (DISTRIBUTIVE.has(tokens[i - 1]?.lower ?? '')) continue;
    let value = only || article ? 1 : (token.value as number);
    let j = i + 1;
    const scale = tokens[j] ? scaleWordValue(tokens[j]?.lower ?? '') : null;
    if (scale !== null) {
      value *= scale;
      j += 1;
    }
    // Names and nationalities right after the count take no room: "three US administration officials".
    const from = j;
    while (
      j < tokens.length &&
      !tokens[j]?.stop &&
      (tokens[j]?.proper || isDemonym(tokens[j]?.stem ?? '')) &&
      !/[,;:.()]/.test(sentence.text.slice(tokens[j - 1]?.end, tokens[j]?.start))
    )
      j++;
    for (let k = from; k < Math.min(tokens.length, j + UNIT_REACH + 1); k++) {
      const unit = tokens[k];
      if (!unit || unit.value !== null) break;
      // "between the two, a notion reinforced": a count counts nothing past a pause.
      if (/[,;:.()]/.test(sentence.text.slice(tokens[k - 1]?.end ?? unit.start, unit.start))) break;
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
      // …and so does a singular noun before a plural one after a count of more than one: "two
      // administration officials" counts officials.
      if (value > 1 && !/s$/.test(unit.lower) && plural && k + 1 < j + UNIT_REACH) continue;
      // "a" counts one thing, not several ("a multiple times"), and no occurrence: "for a long time".
      if (article && ((/[^s]s$/.test(unit.lower) && unit.stem !== unit.lower) || OCCURRENCES.has(unit.stem)))
        break;
      const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2] : tokens[i - 1];
      // "scheduled to last 10 days", "will last two days": "last" is then the verb, and the span a length.
      const lastAsVerb =
        before?.lower === 'last' &&
        (tokens[before.index - 1]?.lower === 'to' ||
          AUXILIARY_VERBS.has(tokens[before.index - 1]?.lower ?? ''));
      // "three weeks ago" is counted back from now as "the last three weeks" is.
      const ago = tokens[unit.index + 1]?.lower === 'ago';
      const relative = (RELATIVE.has(before?.lower ?? '') && !lastAsVerb) || ago;
      const text = sentence.text.slice(token.start, unit.end);
      const bound = only || article ? 'exact' : boundBefore(tokens, i);
      out.push({
        value,
        unit: unit.stem,
        text,
        relative,
        bound,
        article,
        anchor: anchorAfter(sentence, unit),
        lasting: TIME_SPANS.has(unit.stem) && afterFor(tokens, i),
        opening: TIME_SPANS.has(unit.stem) && tokens[i - 1]?.lower === 'first',
      });
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

/**
 * Whether two counts count the same kind of thing: "seven-nation" and "five-country" do; so do "hours" and
 * "minutes" before the same thing ("three hours before Air Force One landed" / "minutes before Air Force One").
 */
const sameUnitAs = (a: Quantity, b: Quantity) =>
  // Written with no number, a span is only set against one before or after the same thing.
  (a.bound === 'several' || b.bound === 'several'
    ? a.anchor !== undefined && a.anchor === b.anchor && TIME_SPANS.has(b.unit)
    : a.unit === b.unit) ||
  (OCCURRENCES.has(a.unit) && OCCURRENCES.has(b.unit)) ||
  (TIME_SPANS.has(a.unit) && TIME_SPANS.has(b.unit) && a.anchor !== undefined && a.anchor === b.anchor) ||
  (sameNouns(a.unit)?.includes(b.unit) ?? false);

/**
 * Whether two counts count the same thing in the same way: the same kind of thing, both spans counted back
 * from now or neither; or two spans of time something went on for ("for a whole week" / "for the last two
 * days"), whatever their units.
 */
function sameMeasure(a: Quantity, b: Quantity): boolean {
  if ((a.opening === true) !== (b.opening === true)) return false;
  // Two opening spans of time measure one thing in any units: "the first ten days" / "the first week".
  if (a.opening && b.opening && TIME_SPANS.has(a.unit) && TIME_SPANS.has(b.unit)) return true;
  if (sameUnitAs(a, b) && a.relative === b.relative) return true;
  const lasting = (q: Quantity) => TIME_SPANS.has(q.unit) && (q.relative || q.lasting === true);
  return lasting(a) && lasting(b) && (a.lasting === true || b.lasting === true);
}

/** Counts of the same thing that differ: the claim's and the statement's, for the reason shown to the reader. */
export function differingQuantities(
  claim: Analyzed,
  statement: Analyzed,
): { claim: Quantity; statement: Quantity } | null {
  const theirs = quantities(statement);
  for (const mine of quantities(claim)) {
    const sameUnit = theirs.filter((q) => sameMeasure(q, mine) && !(q.article && mine.article));
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
    (mine) => !mine.article && theirs.some((q) => sameMeasure(q, mine) && compatible(mine, q)),
  );
}
