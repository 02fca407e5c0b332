import { STOPWORDS } from '../text/stopwords';
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

/** Whether a token can be either word of a joined name: not a function word opening a sentence ("But US …"). */
export function isJoinablePart(token: Token): boolean {
  return token.lower.length <= MAX_JOINED_PART && token.capital && !token.stop;
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

/** A run of capitalised words written together, by space or hyphen ("Asia-Pacific Economic Cooperation"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}]*(?:[ -]\p{Lu}[\p{L}\p{M}]*)+/gu;
/** The fewest words whose initials are read as a name's acronym: two-word initials are mostly noise. */
const MIN_ACRONYM_WORDS = 3;

/**
 * The initials of each name of three or more capitalised words, a function word before it left out: "the
 * Asia-Pacific Economic Cooperation summit" → apec, which a claim writing "APEC" has as a stem. Read from
 * the text alone, so that the index (index-terms.ts) reads the same ones.
 */
export function acronymStems(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/[ -]/);
    while (words.length && STOPWORDS.has((words[0] as string).toLowerCase())) words.shift();
    if (words.length >= MIN_ACRONYM_WORDS)
      out.push(
        words
          .map((word) => word[0])
          .join('')
          .toLowerCase(),
      );
  }
  return out;
}

export function analyze(text: string): Analyzed {
  const analyzed = analyzeWords(text);
  analyzed.optionalStems.push(...acronymStems(text));
  return analyzed;
}

/** `analyze` without the initials of names: what the index reads chunk by chunk (index-terms.ts). */
export function analyzeWords(text: string): Analyzed {
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
