import { pick } from './random';

/** Vowel swaps that turn a name into another plausible spelling of it (Danang → Denang). */
const RESPELL: Record<string, string> = { a: 'e', e: 'a', i: 'y', y: 'i', o: 'u', u: 'o' };

/** A capitalised word of at least this many letters may be respelled. */
const MIN_NAME = 5;

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => word.length > 0);
}

/** The word with one inner vowel swapped, or the word itself when it has none to swap. */
export function respell(random: () => number, word: string): string {
  const letters = [...word];
  const vowels = letters.flatMap((letter, i) => (i > 0 && RESPELL[letter] ? [i] : []));
  if (vowels.length === 0) return word;
  const at = pick(random, vowels);
  letters[at] = RESPELL[letters[at] ?? ''] ?? letters[at] ?? '';
  return letters.join('');
}

export function isName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && word.length >= MIN_NAME;
}

/** Every digit redrawn: "killed 12 people" → "killed 47 people". */
export function redrawDigits(random: () => number, word: string): string {
  return word.replace(/\d/g, () => String(Math.floor(random() * 10)));
}
