import { IndexTermReader } from './index-terms';
import type { RetrievalScratch } from './max-score';
import { POSTINGS_ENCODING, packPostings, unpackPostings } from './packed-postings';
import { invert, type Postings, postingLength } from './postings';
import { canBeRespelled, closeSpellings, type SpellingMatcher, spellingMatcher } from './spelling';
import { referenceIdf, termWeight } from './term-weights';

/**
 * An inverted index over the statements of one corpus: integer term ids, and for each term the statements
 * that use it, all in typed arrays. Retrieval (max-score.ts) touches only the postings of the claim's terms,
 * never the whole corpus; fuse.js is used where it is good, on the vocabulary, to find names spelled another
 * way (Denang / Danang).
 */
export interface StatementIndex {
  /** Term id → stem. */
  terms: string[];
  termIds: Map<string, number>;
  /** Term id → weight (inverse document frequency, see term-weights.ts). */
  weights: Float64Array;
  statementCount: number;
  /** Term id → the statements that use it as a content stem. */
  postings: Postings;
  /** Term id → the statements where it is only a joined name ("Da Nang" → danang), not a stem. */
  joined: Postings;
  /** Statement → the summed weight of its stems: what a claim must cover for the statement to be covered. */
  statementWeights: Float64Array;
  /**
   * The vocabulary's respellable terms, for finding names spelled another way, and the respellings found so
   * far (a page names the same people claim after claim, and the tabs a reader opens share them). Made with
   * the index, as its postings are: the first claim checked does not pay for it.
   */
  speller: { matcher: SpellingMatcher; found: Map<string, FuzzyHit[]> };
  /** Working memory of the retrieval, made on the first claim. */
  scratch?: RetrievalScratch;
}

/** A vocabulary term that looks like another spelling of a stem, and how alike the two are (0–1). */
export interface FuzzyHit {
  id: number;
  similarity: number;
}

/** Respelling lookups remembered per index; the memory is dropped when it grows past this. */
const FUZZY_CACHED = 10_000;

/** The stored form: terms as JSON strings, postings packed (see packed-postings.ts); weights are rebuilt. */
export interface SerializedIndex {
  encoding: typeof POSTINGS_ENCODING;
  statementCount: number;
  terms: string[];
  postings: string;
  joined: string;
}

/** A Uint32Array that grows by doubling, for building the forward index without per-statement arrays. */
class GrowingIds {
  ids = new Uint32Array(1 << 16);
  length = 0;

  push(id: number) {
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  view(): Uint32Array {
    return this.ids.subarray(0, this.length);
  }
}

/**
 * A stem's weight as the similarity of a claim to this index's statements counts it: the index's own weight,
 * or the reference weight for a stem its statements never use.
 */
export function weightIn(index: StatementIndex): (stem: string) => number {
  return (stem) => {
    const id = index.termIds.get(stem);
    return id === undefined ? referenceIdf(stem) : (index.weights[id] ?? 0);
  };
}

export function buildIndex(statementTexts: readonly string[]): StatementIndex {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const idOf = (stem: string) => {
    let id = termIds.get(stem);
    if (id === undefined) {
      id = terms.length;
      terms.push(stem);
      termIds.set(stem, id);
    }
    return id;
  };
  const count = statementTexts.length;
  const stemOffsets = new Uint32Array(count + 1);
  const joinedOffsets = new Uint32Array(count + 1);
  const stemIds = new GrowingIds();
  const joinedIds = new GrowingIds();
  const reader = new IndexTermReader(idOf);
  // seen[id] = statement + 1 once the statement has the term: a term is listed once per statement.
  let seen = new Uint32Array(1 << 16);
  const firstTime = (id: number, mark: number) => {
    if (id >= seen.length) {
      const grown = new Uint32Array(Math.max(seen.length * 2, id + 1));
      grown.set(seen);
      seen = grown;
    }
    if (seen[id] === mark) return false;
    seen[id] = mark;
    return true;
  };
  statementTexts.forEach((text, statement) => {
    reader.read(text);
    const mark = statement + 1;
    for (const id of reader.stems) if (firstTime(id, mark)) stemIds.push(id);
    for (const id of reader.joined) if (firstTime(id, mark)) joinedIds.push(id);
    stemOffsets[statement + 1] = stemIds.length;
    joinedOffsets[statement + 1] = joinedIds.length;
  });
  return assemble(
    terms,
    termIds,
    count,
    invert(stemOffsets, stemIds.view(), terms.length),
    invert(joinedOffsets, joinedIds.view(), terms.length),
  );
}

/** Weights from document frequencies, and each statement's total weight, in one pass over the postings. */
function assemble(
  terms: string[],
  termIds: Map<string, number>,
  statementCount: number,
  postings: Postings,
  joined: Postings,
): StatementIndex {
  const weights = new Float64Array(terms.length);
  const statementWeights = new Float64Array(statementCount);
  for (let term = 0; term < terms.length; term++) {
    const weight = termWeight(terms[term] ?? '', postingLength(postings, term), statementCount);
    weights[term] = weight;
    const end = postings.offsets[term + 1] ?? 0;
    for (let i = postings.offsets[term] ?? 0; i < end; i++) {
      const statement = postings.ids[i] ?? 0;
      statementWeights[statement] = (statementWeights[statement] ?? 0) + weight;
    }
  }
  return {
    terms,
    termIds,
    weights,
    statementCount,
    postings,
    joined,
    statementWeights,
    speller: spellerOf(terms),
  };
}

function spellerOf(terms: readonly string[]): StatementIndex['speller'] {
  return { matcher: spellingMatcher(terms, canBeRespelled), found: new Map() };
}

export function serializeIndex(index: StatementIndex): SerializedIndex {
  return {
    encoding: POSTINGS_ENCODING,
    statementCount: index.statementCount,
    terms: index.terms,
    postings: packPostings(index.postings),
    joined: packPostings(index.joined),
  };
}

/** Whether `data` is an index this version can load (older stored corpora are re-indexed instead). */
export function isSerializedIndex(data: unknown): data is SerializedIndex {
  const index = data as Partial<SerializedIndex> | null;
  return (
    typeof index === 'object' &&
    index !== null &&
    index.encoding === POSTINGS_ENCODING &&
    Array.isArray(index.terms) &&
    typeof index.postings === 'string' &&
    typeof index.joined === 'string' &&
    typeof index.statementCount === 'number'
  );
}

export function loadIndex(data: SerializedIndex): StatementIndex {
  const termIds = new Map<string, number>();
  data.terms.forEach((stem, id) => {
    termIds.set(stem, id);
  });
  const postings = unpackPostings(data.postings, data.terms.length, data.statementCount);
  const joined = unpackPostings(data.joined, data.terms.length, data.statementCount);
  return assemble(data.terms, termIds, data.statementCount, postings, joined);
}

/** Vocabulary terms that look like another spelling of `stem`, closest first (at most `limit`). */
export function fuzzyTerms(index: StatementIndex, stem: string, limit?: number): FuzzyHit[] {
  if (!canBeRespelled(stem)) return [];
  const { matcher, found } = index.speller;
  const key = `${limit ?? ''}\u0000${stem}`;
  let hits = found.get(key);
  if (!hits) {
    hits = closeSpellings(matcher, stem, limit).map((hit) => ({
      // The matcher holds the whole vocabulary (respellable terms in its buckets): a position is a term id.
      id: hit.refIndex,
      similarity: hit.similarity,
    }));
    if (found.size >= FUZZY_CACHED) found.clear();
    found.set(key, hits);
  }
  // A copy: the remembered list must not change with what a caller does to it.
  return hits.map((hit) => ({ ...hit }));
}
