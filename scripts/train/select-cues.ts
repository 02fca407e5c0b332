import type { CueVocabulary } from '../../lib/core/fnc1/cue-words';
import { wordsOf } from '../../lib/core/fnc1/cue-words';
import { tokenize } from '../../lib/core/text/tokenize';
import type { Fnc1Pair } from './fnc1-data';
import { headlineKey, storiesOf } from './stories';

/**
 * How many cue words of each kind the model reads. Chosen by story-disjoint cross-validation
 * (story-cv.ts): 100 body words in 10% of the bodies beat 150 in 25% (projected relative score 82.3% vs
 * 81.4%, macro-F1 0.593 vs 0.584), with 75-150 words at 10-15% all within 0.1 point; 300 words, or 5%, fall
 * back (story names creep in).
 */
const BODY_CUES = 100;
const HEADLINE_CUES = 60;
/** A body word must be in this share of the training bodies: common words, not one story's names. */
const MIN_BODY_SHARE = 0.1;
/** A headline word must be in the headlines of this many different stories. */
const MIN_HEADLINE_STORIES = 10;

const STANCES = ['agree', 'disagree', 'discuss'] as const;

/** Chi-squared of a word's presence against the three stances: how unevenly the stances use it. */
function chiSquared(withWord: number[], totals: number[]): number {
  const all = totals.reduce((a, b) => a + b, 0);
  const having = withWord.reduce((a, b) => a + b, 0);
  let sum = 0;
  totals.forEach((total, c) => {
    const expectedWith = (having * total) / all;
    const expectedWithout = ((all - having) * total) / all;
    const observed = withWord[c] ?? 0;
    if (expectedWith > 0) sum += (observed - expectedWith) ** 2 / expectedWith;
    if (expectedWithout > 0) sum += (total - observed - expectedWithout) ** 2 / expectedWithout;
  });
  return sum;
}

function count(map: Map<string, number[]>, word: string, stance: number): void {
  const counts = map.get(word) ?? [0, 0, 0];
  counts[stance] = (counts[stance] ?? 0) + 1;
  map.set(word, counts);
}

const best = (counts: Map<string, number[]>, totals: number[], n: number) =>
  [...counts]
    .sort((a, b) => chiSquared(b[1], totals) - chiSquared(a[1], totals) || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([word]) => word);

/** The cue words that best tell agree, disagree and discuss apart on the training pairs given. */
export function selectCues(pairs: readonly Fnc1Pair[], bodyWords: Map<string, Set<string>>): CueVocabulary {
  const story = storiesOf(pairs);
  const bodies = new Set(pairs.map((pair) => pair.bodyId));
  const bodyShare = new Map<string, number>();
  for (const id of bodies)
    for (const word of bodyWords.get(id) ?? []) bodyShare.set(word, (bodyShare.get(word) ?? 0) + 1);
  const headlineStories = new Map<string, Set<string>>();
  const totals = [0, 0, 0];
  const inBodies = new Map<string, number[]>();
  const inHeadlines = new Map<string, number[]>();
  for (const pair of pairs) {
    const stance = STANCES.indexOf(pair.stance as (typeof STANCES)[number]);
    if (stance < 0) continue;
    totals[stance] = (totals[stance] ?? 0) + 1;
    for (const word of bodyWords.get(pair.bodyId) ?? []) {
      if ((bodyShare.get(word) ?? 0) >= MIN_BODY_SHARE * bodies.size) count(inBodies, word, stance);
    }
    for (const word of wordsOf(tokenize(pair.headline))) {
      count(inHeadlines, word, stance);
      const seen = headlineStories.get(word) ?? new Set<string>();
      seen.add(story(headlineKey(pair.headline)));
      headlineStories.set(word, seen);
    }
  }
  for (const word of inHeadlines.keys()) {
    if ((headlineStories.get(word)?.size ?? 0) < MIN_HEADLINE_STORIES) inHeadlines.delete(word);
  }
  return { body: best(inBodies, totals, BODY_CUES), headline: best(inHeadlines, totals, HEADLINE_CUES) };
}
