import { markWords } from './mark-words';

export interface MarkedTextProps {
  text: string;
  /** Words to mark wherever they stand whole in `text`. */
  words?: readonly string[];
}

/** A text with some of its words in <mark>, as text nodes and elements (never parsed as HTML). */
export function MarkedText({ text, words }: MarkedTextProps) {
  return (
    <>
      {markWords(text, words).map((piece, i) =>
        // Pieces have no identity beyond their place in this one text.
        piece.marked ? (
          <mark key={i} class="cc-diff">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
