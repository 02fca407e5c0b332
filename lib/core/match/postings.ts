/**
 * Postings in one buffer: for each term id, the ascending ids of the statements that use it. A million
 * statements make some twelve million entries; as one Uint32Array with an offsets table they cost 4 bytes
 * each and no per-list object, and a list is a subarray view.
 */
export interface Postings {
  /** Term id → start of its list in `ids`; `offsets[termCount]` is the total. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

export function postingList(postings: Postings, term: number): Uint32Array {
  return postings.ids.subarray(postings.offsets[term] ?? 0, postings.offsets[term + 1] ?? 0);
}

export function postingLength(postings: Postings, term: number): number {
  return (postings.offsets[term + 1] ?? 0) - (postings.offsets[term] ?? 0);
}

/**
 * Inverts a forward index (statement → term ids, as one buffer with offsets) by counting sort: one pass
 * counts each term's list length, one places the statements. Statements are visited in order, so every
 * list comes out ascending.
 */
export function invert(
  statementOffsets: Uint32Array,
  statementTerms: Uint32Array,
  termCount: number,
): Postings {
  const offsets = new Uint32Array(termCount + 1);
  for (const term of statementTerms) offsets[term + 1] = (offsets[term + 1] ?? 0) + 1;
  for (let term = 0; term < termCount; term++) {
    offsets[term + 1] = (offsets[term + 1] ?? 0) + (offsets[term] ?? 0);
  }
  const next = offsets.slice(0, termCount);
  const ids = new Uint32Array(statementTerms.length);
  const statements = statementOffsets.length - 1;
  for (let statement = 0; statement < statements; statement++) {
    const end = statementOffsets[statement + 1] ?? 0;
    for (let i = statementOffsets[statement] ?? 0; i < end; i++) {
      const term = statementTerms[i] ?? 0;
      ids[next[term] ?? 0] = statement;
      next[term] = (next[term] ?? 0) + 1;
    }
  }
  return { offsets, ids };
}

/** Smallest position in `list` whose value is at least `value` (lists are ascending). */
export function lowerBound(list: Uint32Array, value: number, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function contains(list: Uint32Array, value: number): boolean {
  const at = lowerBound(list, value);
  return at < list.length && list[at] === value;
}

export const EMPTY = new Uint32Array(0);

/** Ascending union of ascending lists. */
export function union(lists: readonly Uint32Array[]): Uint32Array {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY;
  return nonEmpty.reduce((a, b) => {
    const out = new Uint32Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? (a[i] as number) : Infinity;
      const y = j < b.length ? (b[j] as number) : Infinity;
      out[n++] = Math.min(x, y);
      if (x <= y) i++;
      if (y <= x) j++;
    }
    return out.subarray(0, n);
  });
}

/** The statements of `list` that are not in `minus` (both ascending). */
export function difference(list: Uint32Array, minus: Uint32Array): Uint32Array {
  if (minus.length === 0) return list;
  const out = new Uint32Array(list.length);
  let j = 0;
  let n = 0;
  for (const statement of list) {
    while (j < minus.length && (minus[j] as number) < statement) j++;
    if (minus[j] !== statement) out[n++] = statement;
  }
  return out.subarray(0, n);
}
