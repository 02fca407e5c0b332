import Fuse from 'fuse.js';

/**
 * Names spelled more than one way: Danang / Denang, Sergey / Sergei, Peskov / Peskow. fuse.js's Bitap
 * matcher scores how far two short strings are apart, which is exactly this job.
 */

/** Words shorter than this are not respelled: too many short words are one letter apart. */
const MIN_LENGTH = 5;
/** fuse.js score (0 = identical, 1 = nothing alike) accepted as "the same word spelled differently". */
const MAX_SCORE = 0.2;
/** Respellings rarely change a word's length by more than this. */
const MAX_LENGTH_CHANGE = 2;

export function canBeRespelled(stem: string): boolean {
  return stem.length >= MIN_LENGTH && !/\d/.test(stem);
}

export function spellingMatcher(words: readonly string[]): Fuse<string> {
  return new Fuse(words, { includeScore: true, threshold: MAX_SCORE, ignoreLocation: true });
}

/** Words of the matcher close enough to `word` to be another spelling of it; same first letter required. */
export function closeSpellings(
  matcher: Fuse<string>,
  word: string,
  limit = 3,
): { refIndex: number; item: string; similarity: number }[] {
  return matcher
    .search(word, { limit })
    .filter(
      (hit) =>
        (hit.score ?? 1) <= MAX_SCORE &&
        hit.item !== word &&
        Math.abs(hit.item.length - word.length) <= MAX_LENGTH_CHANGE &&
        hit.item[0] === word[0],
    )
    .map((hit) => ({ refIndex: hit.refIndex, item: hit.item, similarity: 1 - (hit.score ?? 0) }));
}
