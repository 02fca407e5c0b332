import { isName, respell, words } from './perturb';
import { seededRandom } from './random';

/** A claim to look up and the statement it was written from. */
export interface Query {
  text: string;
  source: number;
}

/**
 * Claims as another outlet would write them: a real sentence, cut to the part that makes the claim
 * (with TRUNCATE_SHARE, a run of at least 70% of its words), with words left out (DROP_SHARE each), two
 * neighbouring words swapped (SWAP_SHARE) and a name spelled differently (RESPELL_SHARE). Sources are
 * spread evenly over the first `pool` statements, which every corpus size contains; `offset` shifts them
 * (the warm-up claims are written from other statements than the timed ones).
 */
const TRUNCATE_SHARE = 0.4;
const KEEP_AT_LEAST = 0.7;
const DROP_SHARE = 0.12;
const SWAP_SHARE = 0.3;
const RESPELL_SHARE = 0.35;
/** A claim keeps at least this many words: the product does not check shorter ones. */
const MIN_WORDS = 6;

export function makeQueries(
  corpus: readonly string[],
  count: number,
  pool: number,
  { seed = 7, offset = 0 }: { seed?: number; offset?: number } = {},
): Query[] {
  const random = seededRandom(seed);
  const queries: Query[] = [];
  // Stepped a little closer than pool / count: sentences too short to make a claim are passed over.
  const step = Math.max(1, Math.floor(Math.min(pool, corpus.length) / (count * 1.3)));
  for (let source = offset % step; queries.length < count && source < corpus.length; source += step) {
    let list = words(corpus[source] ?? '');
    if (list.length < MIN_WORDS + 2) continue;
    if (random() < TRUNCATE_SHARE) {
      const keep = Math.max(
        MIN_WORDS,
        Math.ceil(list.length * (KEEP_AT_LEAST + random() * (1 - KEEP_AT_LEAST))),
      );
      const start = Math.floor(random() * (list.length - keep + 1));
      list = list.slice(start, start + keep);
    }
    const kept = list.filter((_, i) => i === 0 || random() >= DROP_SHARE);
    if (kept.length >= MIN_WORDS) list = kept;
    if (random() < SWAP_SHARE && list.length > 3) {
      const at = 1 + Math.floor(random() * (list.length - 2));
      [list[at], list[at + 1]] = [list[at + 1] ?? '', list[at] ?? ''];
    }
    const names = list.flatMap((word, i) => (isName(word) ? [i] : []));
    if (names.length && random() < RESPELL_SHARE) {
      const at = names[Math.floor(random() * names.length)] ?? 0;
      list[at] = respell(random, list[at] ?? '');
    }
    queries.push({ text: list.join(' '), source });
  }
  return queries;
}
