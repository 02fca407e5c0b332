import { analyze } from './analyze';

/**
 * Reads the terms a statement is indexed under, the same stems `analyze` finds, without its per-token cost.
 *
 * Indexing a large corpus spends most of its time tokenising, and most words recur. A token never spans
 * whitespace, so a sentence's tokens are the tokens of its whitespace-separated chunks: each distinct chunk
 * is analysed once per indexing run and remembered as term ids. Only a joined name across two chunks
 * ("Da Nang" → danang) needs the pair looked at together, and `analyze` decides on that too. The result
 * equals `analyze(text)` as sets (a unit test holds the two together). The caches live as long as the
 * reader, so they are gone once the index is built.
 */
interface Chunk {
  stems: number[];
  joined: number[];
  /** The chunk's first token when it starts the chunk and is capitalised: it may join the previous chunk. */
  head: string | null;
  /** The chunk's last token when it ends the chunk and is capitalised: it may join the next chunk. */
  tail: string | null;
}

/** A cache is dropped when it grows past this: memory stays bounded on a huge import. */
const MAX_CACHED = 500_000;

/** Only capitalised words are ever joined; the rest of the rule is left to `analyze`. */
const CAPITALISED = /^\p{Lu}/u;

/** Splits into chunks and keeps the separators (odd positions), which decide whether two words join. */
const WHITESPACE = /(\s+)/;

export class IndexTermReader {
  /** Term ids of the last statement read: its stems, and joined names (either may repeat an id). */
  readonly stems: number[] = [];
  readonly joined: number[] = [];
  private readonly chunks = new Map<string, Chunk>();
  private readonly pairs = new Map<string, number[]>();

  /** `idOf` gives a stem its term id, making one for a new stem. */
  constructor(private readonly idOf: (stem: string) => number) {}

  read(text: string) {
    this.stems.length = 0;
    this.joined.length = 0;
    const parts = text.split(WHITESPACE);
    let previous: Chunk | null = null;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i] as string;
      if (!part) continue;
      const chunk = this.chunk(part);
      for (const id of chunk.stems) this.stems.push(id);
      for (const id of chunk.joined) this.joined.push(id);
      if (previous?.tail && chunk.head) {
        for (const id of this.pair(`${previous.tail}${parts[i - 1] ?? ''}${chunk.head}`))
          this.joined.push(id);
      }
      previous = chunk;
    }
  }

  private chunk(text: string): Chunk {
    let chunk = this.chunks.get(text);
    if (!chunk) {
      const { tokens, stems, optionalStems } = analyze(text);
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      chunk = {
        stems: stems.map(this.idOf),
        joined: optionalStems.map(this.idOf),
        head: first && first.start === 0 && CAPITALISED.test(first.text) ? first.text : null,
        tail: last && last.end === text.length && CAPITALISED.test(last.text) ? last.text : null,
      };
      if (this.chunks.size >= MAX_CACHED) this.chunks.clear();
      this.chunks.set(text, chunk);
    }
    return chunk;
  }

  private pair(text: string): number[] {
    let ids = this.pairs.get(text);
    if (!ids) {
      ids = analyze(text).optionalStems.map(this.idOf);
      if (this.pairs.size >= MAX_CACHED) this.pairs.clear();
      this.pairs.set(text, ids);
    }
    return ids;
  }
}
