import { isName, redrawDigits, respell, words } from './perturb';
import { pick, seededRandom } from './random';

/**
 * A corpus of `size` statements. The real FNC-1 sentences come first, in order; past their count
 * (~24,000), statement n is a perturbed copy of real sentence n mod count:
 * - each word is, with REPLACE_SHARE, swapped for a word at a random position of a random real sentence, so
 *   word frequencies stay those of real news text (common words common, names rare);
 * - numbers get new digits;
 * - a capitalised word of five letters or more is, with RESPELL_SHARE, respelled (one vowel changed), as an
 *   archive spells names several ways; this also grows the vocabulary as real archives do.
 * A copy shares about 65% of its words with its original: a corpus of a million statements holds some forty
 * near-relatives of every real sentence, which is what makes ranking the true source first hard.
 */
const REPLACE_SHARE = 0.35;
const RESPELL_SHARE = 0.1;

interface Word {
  text: string;
  name: boolean;
  digits: boolean;
}

export function syntheticCorpus(real: readonly string[], size: number, seed = 1): string[] {
  if (size <= real.length) return real.slice(0, size);
  const random = seededRandom(seed);
  const realWords: Word[][] = real.map((sentence) =>
    words(sentence).map((text) => ({ text, name: isName(text), digits: /\d/.test(text) })),
  );
  const corpus = real.slice();
  for (let n = real.length; n < size; n++) {
    const original = realWords[n % real.length] ?? [];
    const copy = original.map((word) => {
      const chosen = random() < REPLACE_SHARE ? pick(random, pick(random, realWords)) : word;
      if (chosen.digits) return redrawDigits(random, chosen.text);
      return chosen.name && random() < RESPELL_SHARE ? respell(random, chosen.text) : chosen.text;
    });
    // Joined, not concatenated: a concatenated string stays a chain of pieces until first read, and its
    // flattening during an engine's build would show up as memory freed by that engine.
    corpus.push(copy.join(' '));
  }
  return corpus;
}
