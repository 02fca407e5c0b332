import Fuse from 'fuse.js';

/**
 * Names spelled more than one way: Danang / Denang, Sergey / Sergei, Peskov / Peskow. fuse.js's Bitap
 * matcher scores how far two short strings are apart, which is exactly this job.
 *
 * fuse.js scans every word it is given, so it is given few: a respelling keeps its first letter and nearly
 * its length, so words are kept in buckets by first letter and length, and only the buckets a word could
 * match are looked at. Within them, a word that lacks more of the letters, or of the letter pairs, than the
 * errors fuse.js would accept allow (an edit supplies at most one letter and breaks at most two pairs)
 * cannot match and is passed over: first by the set of letters (one bit operation), then pair by pair.
 * What is left,
 * usually nothing or a word or two, goes to fuse.js. A lookup in the vocabulary of a million statements
 * costs microseconds, and most pairs of statements in `similarity` never reach fuse.js at all.
 */

/** Words shorter than this are not respelled: too many short words are one letter apart. */
const MIN_LENGTH = 5;
/** fuse.js score (0 = identical, 1 = nothing alike) accepted as "the same word spelled differently". */
const MAX_SCORE = 0.2;
/** Respellings rarely change a word's length by more than this. */
const MAX_LENGTH_CHANGE = 2;

/** One fuse.js matcher, given each lookup's few candidates in turn: making a matcher costs more than a search. */
const fuse = new Fuse<string>([], { includeScore: true, threshold: MAX_SCORE, ignoreLocation: true });

const ZERO = '0'.charCodeAt(0);
const NINE = '9'.charCodeAt(0);

/** Asked of every term of a vocabulary when its index is made: a loop, not a regular expression. */
export function canBeRespelled(stem: string): boolean {
  if (stem.length < MIN_LENGTH) return false;
  for (let i = 0; i < stem.length; i++) {
    const code = stem.charCodeAt(i);
    if (code >= ZERO && code <= NINE) return false;
  }
  return true;
}

/**
 * Words grouped by first letter and length. Each bucket's words are a run of the typed arrays below, in the
 * order of `words`, with two sets beside each word for first tests that read a few numbers per word: the
 * letters a–z it uses (one bit each) and its letter pairs (hashed to one of 64 bits, in two halves). A
 * matcher is made with every index, over tens of thousands of words, so it is a few flat arrays rather than
 * an object per bucket.
 */
export interface SpellingMatcher {
  words: readonly string[];
  /** First letter and length (see bucketKey) → bucket number. */
  buckets: Map<number, number>;
  /** Bucket b's words are at bucketStart[b] up to bucketStart[b + 1] in the arrays below. */
  bucketStart: Int32Array;
  /** Position in `words`. */
  positions: Int32Array;
  letters: Int32Array;
  pairsLow: Int32Array;
  pairsHigh: Int32Array;
}

const bucketKey = (word: string, length: number) =>
  length * 0x10000 + (word.length > 0 ? word.charCodeAt(0) : 0);

const A = 'a'.charCodeAt(0);

/** Bits of the letters a–z in `word`; any other character sets bit 26. */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - A;
    set |= letter >= 0 && letter < 26 ? 1 << letter : 1 << 26;
  }
  return set;
}

/** Letter pairs hashed to 64 bits: the low 32 (`high` false) or the high 32. */
function pairBits(word: string, high: boolean): number {
  let bits = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const bit = (word.charCodeAt(i) * 31 + word.charCodeAt(i + 1)) & 63;
    if (bit >= 32 === high) bits |= 1 << (bit & 31);
  }
  return bits;
}

function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Not in any bucket: a word left out by `include`. */
const NO_BUCKET = -1;

/**
 * A matcher over `words`, or over those `include` accepts: a vocabulary is given whole, so that a hit's
 * position is its term id.
 */
export function spellingMatcher(
  words: readonly string[],
  include?: (word: string) => boolean,
): SpellingMatcher {
  // A counting sort by bucket: count each bucket's words, then place every word in its bucket's run.
  const buckets = new Map<number, number>();
  const bucketOf = new Int32Array(words.length);
  const counts: number[] = [];
  let included = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (include && !include(word)) {
      bucketOf[i] = NO_BUCKET;
      continue;
    }
    included++;
    const key = bucketKey(word, word.length);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = counts.length;
      buckets.set(key, bucket);
      counts.push(0);
    }
    bucketOf[i] = bucket;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  const bucketStart = new Int32Array(counts.length + 1);
  for (let b = 0; b < counts.length; b++)
    bucketStart[b + 1] = (bucketStart[b] as number) + (counts[b] as number);
  const next = bucketStart.slice(0, counts.length);
  const positions = new Int32Array(included);
  const letters = new Int32Array(included);
  const pairsLow = new Int32Array(included);
  const pairsHigh = new Int32Array(included);
  for (let i = 0; i < words.length; i++) {
    const bucket = bucketOf[i] as number;
    if (bucket === NO_BUCKET) continue;
    const word = words[i] as string;
    const at = next[bucket] as number;
    next[bucket] = at + 1;
    positions[at] = i;
    letters[at] = letterSet(word);
    pairsLow[at] = pairBits(word, false);
    pairsHigh[at] = pairBits(word, true);
  }
  return { words, buckets, bucketStart, positions, letters, pairsLow, pairsHigh };
}

/**
 * fuse.js counts an error per letter substituted, inserted or left out, and accepts a word when
 * errors / length stays within MAX_SCORE. An error breaks at most two of `word`'s letter pairs, so a
 * candidate must hold all but 2 × errors of them: one that holds fewer can be passed over.
 */
function sharesTooFewPairs(word: string, candidate: string, allowed: number): boolean {
  const needed = word.length - 1 - 2 * allowed;
  if (needed <= 0) return false;
  let used = 0;
  let shared = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const a = word.charCodeAt(i);
    const b = word.charCodeAt(i + 1);
    for (let j = 0; j + 1 < candidate.length && j < 31; j++) {
      if (!(used & (1 << j)) && candidate.charCodeAt(j) === a && candidate.charCodeAt(j + 1) === b) {
        used |= 1 << j;
        if (++shared >= needed) return false;
        break;
      }
    }
  }
  return true;
}

/** A word looked for: its letter and pair sets, and how much of them a respelling may lack. */
interface Sought {
  word: string;
  letters: number;
  low: number;
  high: number;
  allowed: number;
  pairsNeeded: number;
}

/**
 * Adds to `positions` the words of one bucket that pass the letter and pair tests. The loop that runs over
 * most words of a lookup: a small function of its own, so that V8 optimises it within the first lookups.
 */
function scanBucket(matcher: SpellingMatcher, bucket: number, sought: Sought, positions: number[]) {
  const { word, letters, low, high, allowed, pairsNeeded } = sought;
  const end = matcher.bucketStart[bucket + 1] as number;
  for (let n = matcher.bucketStart[bucket] as number; n < end; n++) {
    // Distinct letters missing are a lower bound on letters missing: one AND rules most words out.
    if (bitCount(letters & ~(matcher.letters[n] as number)) > allowed) continue;
    const commonPairs =
      bitCount(low & (matcher.pairsLow[n] as number)) + bitCount(high & (matcher.pairsHigh[n] as number));
    if (commonPairs < pairsNeeded) continue;
    const i = matcher.positions[n] as number;
    const candidate = matcher.words[i] ?? '';
    // Words longer than 32 letters are left to fuse.js whole: the mask of used pairs holds 31.
    if (candidate !== word && (candidate.length > 32 || !sharesTooFewPairs(word, candidate, allowed))) {
      positions.push(i);
    }
  }
}

/**
 * Words of the matcher close enough to `word` to be another spelling of it, closest first: same first
 * letter, length within MAX_LENGTH_CHANGE, fuse.js score within MAX_SCORE. `refIndex` is the position in the
 * matcher's word list.
 */
export function closeSpellings(
  matcher: SpellingMatcher,
  word: string,
  limit = 3,
): { refIndex: number; item: string; similarity: number }[] {
  const allowed = Math.floor(MAX_SCORE * word.length + 1e-9);
  const wordLetters = letterSet(word);
  const wordLow = pairBits(word, false);
  const wordHigh = pairBits(word, true);
  // An error breaks at most two pairs, so it clears at most two of the word's pair bits in what the
  // candidate must have in common with it.
  const pairsNeeded = bitCount(wordLow) + bitCount(wordHigh) - 2 * allowed;
  const positions: number[] = [];
  const sought = { word, letters: wordLetters, low: wordLow, high: wordHigh, allowed, pairsNeeded };
  for (let length = word.length - MAX_LENGTH_CHANGE; length <= word.length + MAX_LENGTH_CHANGE; length++) {
    const bucket = matcher.buckets.get(bucketKey(word, length));
    if (bucket !== undefined) scanBucket(matcher, bucket, sought, positions);
  }
  if (positions.length === 0) return [];
  fuse.setCollection(positions.map((i) => matcher.words[i] ?? ''));
  return fuse
    .search(word)
    .filter((hit) => (hit.score ?? 1) <= MAX_SCORE)
    .map((hit) => ({
      refIndex: positions[hit.refIndex] ?? 0,
      item: hit.item,
      similarity: 1 - (hit.score ?? 0),
    }))
    .sort((a, b) => b.similarity - a.similarity || a.refIndex - b.refIndex)
    .slice(0, limit);
}

/**
 * The closest respelling of `word` among a few words (a statement's names), or null: the same test as
 * `closeSpellings`, without building a matcher. Pairs of sentences ask it thousands of times with a handful
 * of words each, where the matcher's arrays cost more than they save; and a matcher is also built over a
 * whole vocabulary, so sharing it made V8 optimise it for one shape of use and throw that away for the
 * other, hundreds of times in a check.
 */
export function closestSpelling(words: readonly string[], word: string): string | null {
  const candidates = words.filter(
    (candidate) =>
      candidate !== word &&
      candidate.charCodeAt(0) === word.charCodeAt(0) &&
      Math.abs(candidate.length - word.length) <= MAX_LENGTH_CHANGE,
  );
  if (candidates.length === 0) return null;
  fuse.setCollection(candidates);
  let best: string | null = null;
  let bestScore = MAX_SCORE;
  for (const hit of fuse.search(word)) {
    const score = hit.score ?? 1;
    if (score < bestScore || (best === null && score <= MAX_SCORE)) {
      best = hit.item;
      bestScore = score;
    }
  }
  return best;
}
