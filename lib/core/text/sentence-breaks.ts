/**
 * The Unicode sentence-break rules (UAX #29) for plain text, without Intl.Segmenter.
 *
 * Intl.Segmenter is most of the cost of importing a large corpus: each call sets up an ICU iterator and
 * makes an object per segment. Most corpus paragraphs are plain text (ASCII, curly quotes, dashes, no-break
 * spaces), for which the rules reduce to the few below; anything else returns null and is left to the
 * segmenter. A unit test holds the two together on real news text.
 */

/** Character classes of the rules, for the characters handled here. */
enum Kind {
  Other,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** Kind by character code below 128; -1 marks a character this module leaves to the segmenter. */
const ASCII_KIND = new Int8Array(128).fill(-1);
for (let code = 32; code < 127; code++) ASCII_KIND[code] = Kind.Other;
ASCII_KIND[9] = Kind.Sp;
ASCII_KIND[32] = Kind.Sp;
for (let code = 97; code <= 122; code++) ASCII_KIND[code] = Kind.Lower;
for (let code = 65; code <= 90; code++) ASCII_KIND[code] = Kind.Upper;
for (let code = 48; code <= 57; code++) ASCII_KIND[code] = Kind.Numeric;
ASCII_KIND['.'.charCodeAt(0)] = Kind.ATerm;
for (const char of '!?') ASCII_KIND[char.charCodeAt(0)] = Kind.STerm;
for (const char of `"'()[]{}`) ASCII_KIND[char.charCodeAt(0)] = Kind.Close;
for (const char of ',-:;') ASCII_KIND[char.charCodeAt(0)] = Kind.SContinue;

/** The typographic characters of web text beyond ASCII, by the class the rules give them. */
const WIDE_KIND = new Map<number, Kind>([
  [0x00a0, Kind.Sp],
  [0x2018, Kind.Close],
  [0x2019, Kind.Close],
  [0x201c, Kind.Close],
  [0x201d, Kind.Close],
  [0x2013, Kind.SContinue],
  [0x2014, Kind.SContinue],
]);

/** Each character's class, or null when the text has a character left to the segmenter. */
function kinds(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 128 ? (ASCII_KIND[code] as number) : (WIDE_KIND.get(code) ?? -1);
    if (kind < 0) return null;
    out[i] = kind;
  }
  return out;
}

const isTerm = (kind: number) => kind === Kind.ATerm || kind === Kind.STerm;
const isLetter = (kind: number) => kind === Kind.Lower || kind === Kind.Upper;

/**
 * After a full stop and the closing marks and spaces after it, whether the text goes on in lower case
 * (rule SB8: "etc. and more" is one sentence).
 */
function continuesLower(kind: Uint8Array, from: number): boolean {
  for (let i = from; i < kind.length; i++) {
    const k = kind[i] as number;
    if (k === Kind.Lower) return true;
    if (k === Kind.Upper || isTerm(k)) return false;
  }
  return false;
}

/** Whether the terminator at `at` forbids a break right after it (rules SB6, SB7: "3.5", "U.S"). */
function heldByNeighbours(kind: Uint8Array, at: number): boolean {
  if (kind[at] !== Kind.ATerm) return false;
  const next = kind[at + 1];
  if (next === Kind.Numeric) return true;
  return next === Kind.Upper && at > 0 && isLetter(kind[at - 1] as number);
}

/**
 * The sentences of `text` as Intl.Segmenter('en', { granularity: 'sentence' }) splits them (each with its
 * trailing spaces), or null when the text has characters outside the handled set.
 */
export function sentenceSegments(text: string): string[] | null {
  const kind = kinds(text);
  if (!kind) return null;
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < kind.length; i++) {
    const k = kind[i] as number;
    if (!isTerm(k) || heldByNeighbours(kind, i)) continue;
    let end = i + 1;
    while (kind[end] === Kind.Close) end++;
    while (kind[end] === Kind.Sp) end++;
    if (end >= kind.length) break;
    const next = kind[end] as number;
    // SB8a: a comma, dash or another terminator goes on with the same sentence.
    if (next === Kind.SContinue || isTerm(next)) continue;
    if (k === Kind.ATerm && continuesLower(kind, end)) continue;
    segments.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) segments.push(text.slice(start));
  return segments;
}
