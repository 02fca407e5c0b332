import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import stem from 'wink-porter2-stemmer';
import { digitValue, numberWordValue } from './numbers';
import { ownValue } from './own-value';
import { STOPWORDS } from './stopwords';

export interface Token {
  /** The token as written (after normalisation). */
  text: string;
  lower: string;
  /** Comparable form: irregular verbs mapped by WordNet's exception list (met → meet), then Porter2-stemmed. */
  stem: string;
  /** Numeric value for digits and number words, else null. */
  value: number | null;
  /** Written with a capital first letter (read once here: most rules ask it of many tokens). */
  capital: boolean;
  /** Capitalised and not the first word of the sentence: a likely name. */
  proper: boolean;
  /** A function word: never makes a match on its own. */
  stop: boolean;
  /** Position among the sentence's tokens. */
  index: number;
  /** Character offsets in the input. */
  start: number;
  end: number;
}

// Acronyms with dots (U.S., U.N.), numbers with separators, words with an inner apostrophe.
const TOKEN_RE = /(?:\p{L}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:'[\p{L}]+)?/gu;

// Contractions whose negation must survive tokenisation: "didn't" → did + not.
const NEGATED_CONTRACTION = /^(\p{L}+)n't$/iu;
const CONTRACTION_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Number words that are more often something else ("one of them", "both leaders"): kept as words. */
const AMBIGUOUS_NUMBER_WORDS = new Set(['one', 'both', 'single', 'couple', 'pair', 'half']);

/** What precedes a word that starts a sentence or a quotation, whose capital says nothing about it being a name. */
const SENTENCE_START = /(?:[.!?]["')\]]*|")\s*$/;

const stemCache = new Map<string, string>();

/** The comparable form of a lower-case word. Cached: the lemmatiser and stemmer dominate tokenising time. */
export function stemWord(lower: string): string {
  let cached = stemCache.get(lower);
  if (cached === undefined) {
    const base = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    cached = /^\d/.test(base) ? base : stem(ownValue(verbExceptions, base) ?? base);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, cached);
  }
  return cached;
}

/** A function word; "US" and "U.S." are the country, not the pronoun. */
function isStop(word: string, written: string): boolean {
  return STOPWORDS.has(word) && !(word === 'us' && written !== 'us' && written !== 'Us');
}

function makeToken(text: string, index: number, start: number, sentenceInitial: boolean): Token {
  const lower = text.toLowerCase();
  const acronym = /^(?:\p{L}\.){2,}$/u.test(text);
  const word = acronym ? lower.replaceAll('.', '') : lower;
  const value = /^\d/.test(word) ? digitValue(word) : numberWordValue(word);
  const capital = /^\p{Lu}/u.test(text);
  return {
    text,
    lower: word,
    // "two" and "2" are one term, so that "two indictments" finds "2 indictments".
    stem:
      value !== null && Number.isInteger(value) && !AMBIGUOUS_NUMBER_WORDS.has(word)
        ? String(value)
        : stemWord(word),
    value,
    capital,
    proper: !sentenceInitial && capital,
    stop: isStop(word, text),
    index,
    start,
    end: start + text.length,
  };
}

/** Splits a sentence into word and number tokens. Punctuation is dropped; offsets point into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const initial = tokens.length === 0 || SENTENCE_START.test(text.slice(Math.max(0, start - 4), start));
    const negated = NEGATED_CONTRACTION.exec(raw);
    if (negated?.[1]) {
      const base = ownValue(CONTRACTION_BASE, negated[1].toLowerCase()) ?? negated[1];
      tokens.push(makeToken(base, tokens.length, start, initial));
      tokens.push(makeToken('not', tokens.length, start + raw.length - 3, false));
      continue;
    }
    tokens.push(makeToken(raw, tokens.length, start, initial));
  }
  return tokens;
}

/** Nouns that end like an adverb. */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'reply', 'anomaly', 'monopoly']);

/** A word in -ly that is no noun, nor a name ("Kelly", "Reilly"): "directly", "briefly". */
export const isAdverb = (token: Token) =>
  /[a-z]{3}ly$/.test(token.lower) && !LY_NOUNS.has(token.lower) && !token.proper;

/** Words after which comes a verb ("would meet", "had ordered"). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(
  'would will could can should may might must did do does have has had is are was were'.split(' '),
);

/** A verb's past, regular ("opened") or irregular ("began", whose stem is "begin"; "held", "hold"). */
export const isPastForm = (token: Token) =>
  /[a-z]ed$/.test(token.lower) || (token.stem !== token.lower && !token.lower.startsWith(token.stem));

/** A verb's inflected form: "opened", "opening". */
export const isVerbForm = (token: Token) => /[a-z]{2}(?:ed|ing)$/.test(token.lower);

/** Tokens that carry content: not function words, not lone letters. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((token) => !token.stop && (token.lower.length > 1 || token.value !== null));
}

const APOSTROPHE = "'".charCodeAt(0);

/** The lower-case word a token stands for: acronyms lose their dots (as makeToken does). */
function tokenWord(text: string): string {
  const lower = text.toLowerCase();
  // Only a token with a dot can be an acronym: most tokens skip the pattern.
  if (!text.includes('.')) return lower;
  return /^(?:\p{L}\.){2,}$/u.test(text) ? lower.replaceAll('.', '') : lower;
}

/** Whether a token of this word is a content token (see contentTokens), without making the token. */
function isContentWord(word: string, written: string): boolean {
  if (isStop(word, written)) return false;
  if (word.length > 1) return true;
  return (/^\d/.test(word) ? digitValue(word) : numberWordValue(word)) !== null;
}

/**
 * How many tokens `tokenize(text)` makes, and how many of them `contentTokens` keeps, without stemming or
 * making token objects: deciding whether a sentence is a claim needs only these two counts, and a corpus
 * import decides it for every sentence (a unit test holds it to tokenize). Content words are counted up to
 * `enoughContent` only.
 */
export function tokenCounts(
  text: string,
  enoughContent = Number.POSITIVE_INFINITY,
): { tokens: number; content: number } {
  let tokens = 0;
  let content = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    // Once the caller has content enough, only the tokens are counted: most of the cost is telling the two
    // apart.
    if (content >= enoughContent) {
      tokens += raw.charCodeAt(raw.length - 2) === APOSTROPHE && NEGATED_CONTRACTION.test(raw) ? 2 : 1;
      continue;
    }
    // Only a token with an apostrophe before its last letter can be "…n't": most skip the pattern.
    const negated = raw.charCodeAt(raw.length - 2) === APOSTROPHE ? NEGATED_CONTRACTION.exec(raw) : null;
    if (negated?.[1]) {
      tokens += 2;
      const base = ownValue(CONTRACTION_BASE, negated[1].toLowerCase()) ?? negated[1];
      if (isContentWord(tokenWord(base), base)) content++;
      if (isContentWord('not', 'not')) content++;
      continue;
    }
    tokens++;
    if (isContentWord(tokenWord(raw), raw)) content++;
  }
  return { tokens, content };
}
