import { contentTokens, type Token, tokenize } from '../text/tokenize';

/** A sentence prepared for matching: its tokens and the distinct stems it can be matched on. */
export interface Analyzed {
  text: string;
  tokens: Token[];
  /** Distinct content stems, in order of first use. */
  stems: string[];
  /**
   * Extra stems that count only when the other side has them: a name written as two short words
   * ("Da Nang") also tries the joined form ("danang").
   */
  optionalStems: string[];
}

/** Two short capitalised words in a row are tried joined, as place names are often written both ways. */
const MAX_JOINED_PART = 4;
/** The most characters between the two words of a joined name: one space. */
export const MAX_JOINED_GAP = 1;

/** Whether a token can be either word of a joined name. */
export function isJoinablePart(token: Token): boolean {
  return token.lower.length <= MAX_JOINED_PART && token.capital;
}

/** Whether two tokens are the two words of a joined name ("Da" and "Nang"). */
export function joinable(a: Token | undefined, b: Token | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    b.start - a.end <= MAX_JOINED_GAP &&
    isJoinablePart(a) &&
    isJoinablePart(b)
  );
}

export function analyze(text: string): Analyzed {
  const tokens = tokenize(text);
  const stems = [...new Set(contentTokens(tokens).map((token) => token.stem))];
  const optionalStems: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (a && b && joinable(a, b)) optionalStems.push(a.lower + b.lower);
  }
  return { text, tokens, stems, optionalStems };
}
