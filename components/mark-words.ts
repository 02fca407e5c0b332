/**
 * Splits a text into plain and marked pieces, marking whole-word occurrences of the given words (the
 * words a statement does not share with its claim, `Match.differences`). Pure and string-only: the pieces
 * are rendered as text nodes and <mark> elements, never as HTML.
 */

export interface TextPiece {
  text: string;
  marked: boolean;
}

/** A letter or digit: what a marked word must not be glued to on either side. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

const escapePattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Straight and curly apostrophes are the same to the reader; the text may have either. */
const anyApostrophe = (pattern: string) => pattern.replace(/['’]/g, "['’]");

export function markWords(text: string, words: readonly string[] | undefined): TextPiece[] {
  const wanted = [...new Set((words ?? []).map((word) => word.trim()).filter((word) => word !== ''))];
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, marked: false }];
  // Longest first, so "New York" is marked whole rather than "New" alone.
  const alternatives = wanted
    .sort((a, b) => b.length - a.length)
    .map((word) => anyApostrophe(escapePattern(word)));
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'gu');
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}
