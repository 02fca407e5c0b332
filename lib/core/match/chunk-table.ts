/**
 * The distinct chunks (whitespace-separated words) an index has read, each with its term ids, in an
 * open-addressing hash table over typed arrays. A chunk is looked up by position in the text it is read
 * from, so finding one seen before makes no substring (a Map would need one as its key), and touches two
 * or three cache lines rather than a string object and a chain of arrays: over a large corpus this lookup
 * runs millions of times on a few tens of thousands of chunks.
 */

/** The table is kept at most half full, so a probe sequence stays short. */
const MAX_LOAD = 0.5;
const INITIAL_SLOTS = 1 << 16;
/** Per slot: chunk number + 1 (0 for an empty slot), and the chunk's hash. */
const SLOT = 2;
/**
 * Per chunk: where its characters start in the pool, their count, where its term ids start and end, and
 * whether it has a head or a tail (so that most chunks, which have neither, never read those lists).
 */
const INFO = 6;
const KEY_START = 0;
const KEY_LENGTH = 1;
const STEMS_FROM = 2;
const JOINED_FROM = 3;
const JOINED_TO = 4;
const FLAGS = 5;
const HAS_HEAD = 1;
const HAS_TAIL = 2;

/** An Int32Array or Uint16Array at least `size` long, keeping its contents. */
function ensure<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

export class ChunkTable {
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);
  private pool = new Uint16Array(1 << 18);
  private poolLength = 0;
  private info = new Int32Array(INITIAL_SLOTS * INFO);
  private count = 0;
  /** Every chunk's term ids, one after another: see `stems` and `joined`. */
  ids = new Int32Array(1 << 16);
  private idsLength = 0;
  private heads: (string | null)[] = [];
  private tails: (string | null)[] = [];

  /** `limit` distinct chunks at most: past it the table starts again empty. */
  constructor(private readonly limit: number) {}

  /** The chunk `text.slice(start, end)`, whose hash is `hash`, or -1 when it is not in the table. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, info, pool } = this;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * SLOT] as number;
      if (entry === 0) return -1;
      if (slots[slot * SLOT + 1] !== hash) continue;
      const chunk = entry - 1;
      if (info[chunk * INFO + KEY_LENGTH] !== length) continue;
      const from = info[chunk * INFO + KEY_START] as number;
      let i = 0;
      while (i < length && pool[from + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return chunk;
    }
  }

  /** The stems of a chunk are `ids[stemsFrom(chunk)]` up to `joinedFrom(chunk)`; its joined names follow. */
  stemsFrom(chunk: number): number {
    return this.info[chunk * INFO + STEMS_FROM] as number;
  }

  joinedFrom(chunk: number): number {
    return this.info[chunk * INFO + JOINED_FROM] as number;
  }

  joinedTo(chunk: number): number {
    return this.info[chunk * INFO + JOINED_TO] as number;
  }

  /** The chunk's first token when it starts the chunk and can be part of a joined name with the chunk before. */
  head(chunk: number): string | null {
    return (this.info[chunk * INFO + FLAGS] as number) & HAS_HEAD ? (this.heads[chunk] ?? null) : null;
  }

  /** The chunk's last token when it ends the chunk and can be part of a joined name with the chunk after. */
  tail(chunk: number): string | null {
    return (this.info[chunk * INFO + FLAGS] as number) & HAS_TAIL ? (this.tails[chunk] ?? null) : null;
  }

  /** Adds a chunk that `find` did not find, and returns its number. */
  add(
    key: string,
    hash: number,
    stems: number[],
    joined: number[],
    head: string | null,
    tail: string | null,
  ): number {
    if (this.count >= this.limit) this.clear();
    if ((this.count + 1) * SLOT > this.slots.length * MAX_LOAD) this.grow();
    const chunk = this.count++;
    this.info = ensure(this.info, this.count * INFO);
    this.pool = ensure(this.pool, this.poolLength + key.length);
    this.ids = ensure(this.ids, this.idsLength + stems.length + joined.length);
    const at = chunk * INFO;
    this.info[at + KEY_START] = this.poolLength;
    this.info[at + KEY_LENGTH] = key.length;
    for (let i = 0; i < key.length; i++) this.pool[this.poolLength++] = key.charCodeAt(i);
    this.info[at + STEMS_FROM] = this.idsLength;
    for (const id of stems) this.ids[this.idsLength++] = id;
    this.info[at + JOINED_FROM] = this.idsLength;
    for (const id of joined) this.ids[this.idsLength++] = id;
    this.info[at + JOINED_TO] = this.idsLength;
    this.info[at + FLAGS] = (head === null ? 0 : HAS_HEAD) | (tail === null ? 0 : HAS_TAIL);
    this.heads.push(head);
    this.tails.push(tail);
    this.place(chunk, hash);
    return chunk;
  }

  private place(chunk: number, hash: number) {
    const mask = this.slots.length / SLOT - 1;
    let slot = hash & mask;
    while (this.slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    this.slots[slot * SLOT] = chunk + 1;
    this.slots[slot * SLOT + 1] = hash;
  }

  private grow() {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += SLOT) {
      const entry = old[slot] as number;
      if (entry !== 0) this.place(entry - 1, old[slot + 1] as number);
    }
  }

  private clear() {
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT);
    this.poolLength = 0;
    this.count = 0;
    this.idsLength = 0;
    this.heads = [];
    this.tails = [];
  }
}
