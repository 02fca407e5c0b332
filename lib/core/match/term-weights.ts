import reference from '../data/document-frequency.json';
import { ownLookup } from '../text/own-value';

/**
 * Inverse document frequency of a stem, blending two sources:
 * - a reference collection of news articles (lib/core/data, built by scripts/build-term-weights.ts), which
 *   knows that "said" is everywhere and "Kremlin" is not, even when the corpus has two articles;
 * - the corpus itself, which knows what its subject is (a corpus about Syria mentions Syria a lot), and so
 *   what tells its statements apart less well.
 * A stem unknown to the reference is treated as rare. Weights are in nats: about 0 (everywhere) to 7 (rare).
 */
const referenceDf = ownLookup<number>(reference.df);
const REFERENCE_N = reference.documents;

/** A stem the reference collection never saw counts as appearing in this many of its documents. */
const UNSEEN_DF = 1;

/**
 * A stem used by more than this share of a corpus's statements is that corpus's topic ("Trump" in a corpus
 * about Trump): it tells its statements apart less well, and its weight shrinks with log(N / df).
 */
const TOPICAL_SHARE = 0.1;
/** Below this many statements a corpus's own frequencies are noise and the reference alone decides. */
const MIN_STATEMENTS_FOR_CORPUS_DF = 20;

function idf(df: number, n: number): number {
  return Math.log((n + 1) / (df + 0.5));
}

/** Whether the reference collection of news knows the stem: a word in use, no typo nor rare name. */
export function isKnownWord(stem: string): boolean {
  return referenceDf(stem) !== undefined;
}

export function referenceIdf(stem: string): number {
  return idf(referenceDf(stem) ?? UNSEEN_DF, REFERENCE_N);
}

/** Weight of a stem that occurs in `corpusDf` of the corpus's `corpusN` statements. */
export function termWeight(stem: string, corpusDf: number, corpusN: number): number {
  const base = referenceIdf(stem);
  if (corpusN < MIN_STATEMENTS_FOR_CORPUS_DF || corpusDf <= corpusN * TOPICAL_SHARE) return base;
  return base * (Math.log(corpusN / corpusDf) / Math.log(1 / TOPICAL_SHARE));
}
