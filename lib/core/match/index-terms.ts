import { acronymStems, analyzeWords, isJoinablePart, MAX_JOINED_GAP } from './analyze';
import { ChunkTable } from './chunk-table';

/**
 * Reads the terms a statement is indexed under, the same stems `analyze` finds, without its per-token cost.
 *
 * Indexing a large corpus spends most of its time tokenising, and most words recur. A token never spans
 * whitespace, so a sentence's tokens are the tokens of its whitespace-separated chunks: each distinct chunk
 * is analysed once per indexing run and remembered as term ids. Only a joined name across two chunks
 * ("Da Nang" → danang) needs the pair looked at together: the two words must each be able to join, and
 * `analyze` decides on the pair. The result equals `analyze(text)` as sets (a unit test holds the two
 * together). The caches live as long as the reader, so they are gone once the index is built.
 *
 * The text is scanned in place, a chunk found by its hash in a table (chunk-table.ts): a chunk seen before,
 * as nearly all are, costs no substring and no Map lookup.
 */

/** A cache is dropped when it grows past this: memory stays bounded on a huge import. */
const MAX_CACHED = 500_000;

/** FNV-1a over UTF-16 code units: cheap to compute while scanning, and spreads words well enough. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const HYPHEN = 0x2d;

/** The characters `\s` matches in a JavaScript regular expression, which is what separates chunks. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export class IndexTermReader {
  /** Term ids of the last statement read: its stems, and joined names (either may repeat an id). */
  readonly stems: number[] = [];
  readonly joined: number[] = [];
  private readonly chunks = new ChunkTable(MAX_CACHED);
  private readonly pairs = new Map<string, number[]>();

  /** `idOf` gives a stem its term id, making one for a new stem. */
  constructor(private readonly idOf: (stem: string) => number) {}

  read(text: string) {
    const { stems, joined, chunks } = this;
    stems.length = 0;
    joined.length = 0;
    const length = text.length;
    // The previous chunk's tail (see ChunkTable.tail), kept as text: adding a chunk may empty the table.
    let previousTail: string | null = null;
    let previousEnd = 0;
    let at = 0;
    // Whether the text may hold a name of three capitalised words (acronymStems): two chunks in a row with
    // a capital (or a letter past ASCII, which may be one), or a capital after a hyphen. Most do not.
    let capitalChunks = 0;
    let mayNameInitials = false;
    while (at < length) {
      if (isWhitespace(text.charCodeAt(at))) {
        at++;
        continue;
      }
      const start = at;
      let hash = FNV_OFFSET;
      let capital = false;
      let previousCode = 0;
      while (at < length) {
        const code = text.charCodeAt(at);
        if (isWhitespace(code)) break;
        if ((code >= 65 && code <= 90) || code > 127) {
          capital = true;
          if (previousCode === HYPHEN) mayNameInitials = true;
        }
        previousCode = code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        at++;
      }
      capitalChunks = capital ? capitalChunks + 1 : 0;
      if (capitalChunks >= 2) mayNameInitials = true;
      let chunk = chunks.find(text, start, at, hash);
      if (chunk < 0) chunk = this.remember(text.slice(start, at), hash);
      const ids = chunks.ids;
      const stemsEnd = chunks.joinedFrom(chunk);
      for (let i = chunks.stemsFrom(chunk); i < stemsEnd; i++) stems.push(ids[i] as number);
      const joinedEnd = chunks.joinedTo(chunk);
      for (let i = stemsEnd; i < joinedEnd; i++) joined.push(ids[i] as number);
      const head = chunks.head(chunk);
      if (previousTail && head && start - previousEnd <= MAX_JOINED_GAP) {
        for (const id of this.pair(`${previousTail}${text.slice(previousEnd, start)}${head}`))
          joined.push(id);
      }
      previousTail = chunks.tail(chunk);
      previousEnd = at;
    }
    if (mayNameInitials) for (const acronym of acronymStems(text)) joined.push(this.idOf(acronym));
  }

  /** Analyses a chunk not seen before and adds it to the table. */
  private remember(text: string, hash: number): number {
    const { tokens, stems, optionalStems } = analyzeWords(text);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    return this.chunks.add(
      text,
      hash,
      stems.map(this.idOf),
      optionalStems.map(this.idOf),
      first && first.start === 0 && isJoinablePart(first) ? first.text : null,
      last && last.end === text.length && isJoinablePart(last) ? last.text : null,
    );
  }

  private pair(text: string): number[] {
    let ids = this.pairs.get(text);
    if (!ids) {
      ids = analyzeWords(text).optionalStems.map(this.idOf);
      if (this.pairs.size >= MAX_CACHED) this.pairs.clear();
      this.pairs.set(text, ids);
    }
    return ids;
  }
}
