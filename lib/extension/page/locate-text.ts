/**
 * Finds a folded claim in the folded page text (both from fold-text.ts). Exact first; then a bounded fuzzy
 * search for a claim the page words a little differently (an inline ad or link text Readability left out,
 * a sentence edited since the check); last, the claim's beginning alone.
 *
 * The fuzzy search cuts the claim into pieces and looks each up exactly: if the page holds the claim with
 * a few edits, most pieces are found at the same offset from where the claim starts (the pigeonhole idea of
 * approximate matching). The offset most pieces agree on gives a candidate span, which is accepted only
 * when its character pairs are close enough to the claim's. Work is bounded by the number of pieces, the
 * occurrences looked at per piece and the span searched; the generator yields between pieces.
 */

export type LocatedBy = 'exact' | 'fuzzy' | 'prefix';

export interface Located {
  /** Folded offsets in the page text, end exclusive. */
  start: number;
  end: number;
  by: LocatedBy;
}

export interface SearchSpan {
  /** Where the claim is expected to start at the earliest (the end of the claim before it). */
  from?: number;
  /** Where it is expected to end at the latest (the start of the claim after it). */
  to?: number;
}

/** Shorter claims are only looked up exactly: a fuzzy hit on a few characters means nothing. */
const MIN_FUZZY_CHARS = 24;
/** A claim is cut into at most this many pieces: the bound on look-ups per claim. */
const MAX_PIECES = 12;
/** Pieces shorter than this are found everywhere in a long page. */
const MIN_PIECE_CHARS = 10;
/** A piece found more often than this says nothing about where the claim is, and is not counted. */
const MAX_OCCURRENCES = 6;
/** Share of the pieces that must agree on where the claim starts. */
const MIN_AGREEING_SHARE = 0.3;
/**
 * How far (as a share of the claim's length) agreeing pieces may drift apart: the characters the page has
 * more or fewer than the claim between them.
 */
const DRIFT_SHARE = 0.15;
/** Least similarity (Dice coefficient of character pairs, 0 = nothing shared, 1 = same) of an accepted span. */
const MIN_SIMILARITY = 0.75;
/** Lengths of the claim's beginning tried last: unique in an article, short enough to survive an edit. */
const PREFIX_CHARS = [70, 35];

/** Offset of `needle` in `text` within [from, to), preferring a hit after `from` over one before it. */
function exact(text: string, needle: string, from: number): number {
  const after = text.indexOf(needle, from);
  return after >= 0 || from === 0 ? after : text.indexOf(needle);
}

/** Dice coefficient of the two strings' character pairs. */
export function pairSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = pairs.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pairs.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

interface Vote {
  /** Where the claim would start if this piece is in place. */
  start: number;
  piece: number;
  at: number;
}

/** Offsets of `piece` in `region`, or null when it occurs too often to mean anything. */
function occurrences(region: string, piece: string): number[] | null {
  const found: number[] = [];
  for (let at = region.indexOf(piece); at >= 0; at = region.indexOf(piece, at + 1)) {
    if (found.length === MAX_OCCURRENCES) return null;
    found.push(at);
  }
  return found;
}

function* fuzzy(text: string, needle: string, from: number, to: number): Generator<void, Located | null> {
  const pieceChars = Math.max(MIN_PIECE_CHARS, Math.floor(needle.length / MAX_PIECES));
  const pieceCount = Math.floor(needle.length / pieceChars);
  // A slice shares the page text's memory; searching it bounds every look-up to the span.
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  const votes: Vote[] = [];
  for (let piece = 0; piece < pieceCount; piece++) {
    const offset = piece * pieceChars;
    const found = occurrences(region, needle.slice(offset, offset + pieceChars));
    for (const at of found ?? []) votes.push({ start: from + at - offset, piece, at: from + at });
    yield;
  }
  votes.sort((a, b) => a.start - b.start);
  const drift = Math.max(MIN_PIECE_CHARS, Math.round(needle.length * DRIFT_SHARE));
  const needed = Math.max(2, Math.ceil(pieceCount * MIN_AGREEING_SHARE));
  let best: Located | null = null;
  let bestScore = 0;
  for (let first = 0; first < votes.length; first++) {
    const group = new Map<number, Vote>();
    for (
      let i = first;
      i < votes.length && (votes[i] as Vote).start - (votes[first] as Vote).start <= drift;
      i++
    ) {
      const vote = votes[i] as Vote;
      if (!group.has(vote.piece)) group.set(vote.piece, vote);
    }
    if (group.size < needed) continue;
    const inOrder = [...group.values()].sort((a, b) => a.piece - b.piece);
    const head = inOrder[0] as Vote;
    const tail = inOrder[inOrder.length - 1] as Vote;
    // The claim's characters before the first found piece and after the last are taken to be there too.
    const start = Math.max(0, head.at - head.piece * pieceChars);
    const end = Math.min(text.length, tail.at + needle.length - tail.piece * pieceChars);
    const score = pairSimilarity(needle, text.slice(start, end));
    if (score >= MIN_SIMILARITY && score > bestScore) {
      best = { start, end, by: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}

/** Finds `needle` in `text`, stepwise (see the file comment); null when it is not there. */
export function* locateSteps(
  text: string,
  needle: string,
  span: SearchSpan = {},
): Generator<void, Located | null> {
  if (needle === '') return null;
  const from = Math.max(0, span.from ?? 0);
  const at = exact(text, needle, from);
  if (at >= 0) return { start: at, end: at + needle.length, by: 'exact' };
  if (needle.length >= MIN_FUZZY_CHARS) {
    // Between its neighbours first, when they are placed; the whole page when that finds nothing.
    const to = Math.min(text.length, span.to === undefined ? text.length : span.to + needle.length);
    const near = yield* fuzzy(text, needle, from, to);
    if (near) return near;
    if (from > 0 || to < text.length) {
      const anywhere = yield* fuzzy(text, needle, 0, text.length);
      if (anywhere) return anywhere;
    }
  }
  for (const chars of PREFIX_CHARS) {
    if (chars >= needle.length) continue;
    const start = exact(text, needle.slice(0, chars), from);
    if (start >= 0) return { start, end: start + chars, by: 'prefix' };
  }
  return null;
}

/** `locateSteps` run to the end at once. */
export function locate(text: string, needle: string, span: SearchSpan = {}): Located | null {
  const steps = locateSteps(text, needle, span);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
