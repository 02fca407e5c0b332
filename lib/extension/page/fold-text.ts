/**
 * The form in which a claim and the page's text are compared. Claims come from Readability's copy of the
 * article after the core's typographic normalisation (NFKC, straight quotes, dashes, collapsed spaces), and
 * the live DOM splits text at inline tags and block boundaries the claim does not show. Folding both sides
 * the same way, one code point at a time, makes them comparable while keeping every folded character
 * traceable to its place in the page: lower case, compatibility forms decomposed and accents dropped, quotes
 * straightened, dashes as `-`, and no whitespace or invisible characters at all.
 */

const NON_ASCII = /[^\p{ASCII}]/u;
const ASCII_SPACE = /\s+/g;
const MARKS = /\p{M}/gu;
const SINGLE_QUOTES = /[‘’‚‛′]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;
/** Whitespace and characters that take no room: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/gu;

const folded = new Map<string, string>();

/** One code point as compared; may be empty (a space, a combining accent) or longer than one (`…`). */
export function foldCodePoint(codePoint: string): string {
  let result = folded.get(codePoint);
  if (result === undefined) {
    result = codePoint
      .normalize('NFKD')
      .toLowerCase()
      .replace(MARKS, '')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(INVISIBLE, '');
    folded.set(codePoint, result);
  }
  return result;
}

/** The folded form of a text: the concatenation of its folded code points. */
export function foldText(text: string): string {
  // Most page text is ASCII, where folding is lower case without whitespace; same result, far faster.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_SPACE, '');
  let result = '';
  for (const codePoint of text) result += foldCodePoint(codePoint);
  return result;
}

/**
 * The span of `text` (UTF-16 offsets, end exclusive) that the folded characters `from` to `to` (end
 * exclusive) come from. `from < to <= foldText(text).length`.
 */
export function originalSpan(text: string, from: number, to: number): { start: number; end: number } {
  let position = 0;
  let offset = 0;
  let start = -1;
  for (const codePoint of text) {
    const size = foldCodePoint(codePoint).length;
    if (start < 0 && size > 0 && from < position + size) start = offset;
    position += size;
    offset += codePoint.length;
    if (start >= 0 && position >= to) return { start, end: offset };
  }
  return { start: Math.max(start, 0), end: text.length };
}
