import type { Postings } from './postings';

/**
 * The stored form of postings: a JSON-safe string that loads in one pass.
 *
 * Layout (before base64): varint term count, varint entry count, then for each term its list length and its
 * statement ids as gaps (the first id itself, then each id minus the one before), every number an unsigned
 * LEB128 varint. Lists are ascending, so the gaps of a common term are small and take one byte; a corpus of
 * 100,000 statements packs its ~1.2 million entries into ~2 MB. Base64 keeps the payload inside JSON
 * (corpus files, `chrome.storage`, IndexedDB) without a separate binary blob.
 *
 * Base64 is done here rather than with `atob`/`btoa`: those go through a binary string, and Node's `atob`
 * checks every character against a list, which is far slower than this table lookup.
 */
export const POSTINGS_ENCODING = 'delta-varint-base64';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

class ByteWriter {
  bytes = new Uint8Array(1024);
  length = 0;

  varint(value: number) {
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }
}

function toBase64(bytes: Uint8Array, length: number): string {
  // Characters are written as ASCII codes and decoded once: appending to a string per character is slow.
  const out = new Uint8Array(Math.ceil(length / 3) * 4);
  let at = 0;
  for (let i = 0; i < length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = i + 1 < length ? (bytes[i + 1] ?? 0) : 0;
    const c = i + 2 < length ? (bytes[i + 2] ?? 0) : 0;
    out[at++] = CODES[a >> 2] ?? 0;
    out[at++] = CODES[((a & 3) << 4) | (b >> 4)] ?? 0;
    out[at++] = i + 1 < length ? (CODES[((b & 15) << 2) | (c >> 6)] ?? 0) : PAD;
    out[at++] = i + 2 < length ? (CODES[c & 63] ?? 0) : PAD;
  }
  return new TextDecoder().decode(out);
}

function fromBase64(text: string): Uint8Array {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((DECODE[text.charCodeAt(i)] ?? 0) << 18) |
      ((DECODE[text.charCodeAt(i + 1)] ?? 0) << 12) |
      ((DECODE[text.charCodeAt(i + 2)] ?? 0) << 6) |
      (DECODE[text.charCodeAt(i + 3)] ?? 0);
    if (at < bytes.length) bytes[at++] = n >> 16;
    if (at < bytes.length) bytes[at++] = (n >> 8) & 0xff;
    if (at < bytes.length) bytes[at++] = n & 0xff;
  }
  return bytes;
}

export function packPostings(postings: Postings): string {
  const terms = postings.offsets.length - 1;
  const writer = new ByteWriter();
  writer.varint(terms);
  writer.varint(postings.ids.length);
  for (let term = 0; term < terms; term++) {
    const start = postings.offsets[term] ?? 0;
    const end = postings.offsets[term + 1] ?? 0;
    writer.varint(end - start);
    let previous = 0;
    for (let i = start; i < end; i++) {
      const id = postings.ids[i] ?? 0;
      if (id < previous) throw new Error('postings to pack must be ascending');
      writer.varint(id - previous);
      previous = id;
    }
  }
  return toBase64(writer.bytes, writer.length);
}

/** Unpacks postings, checking they fit an index of `termCount` terms over `statementCount` statements. */
export function unpackPostings(packed: string, termCount: number, statementCount: number): Postings {
  const bytes = fromBase64(packed);
  let at = 0;
  // Inlined by hand in the loop below: this runs once per entry, millions of times on a large corpus.
  const varint = () => {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      if (at >= bytes.length) throw new Error('packed postings are truncated');
      byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  const terms = varint();
  if (terms !== termCount) throw new Error('packed postings do not match the vocabulary');
  const total = varint();
  // Every entry takes at least one byte: a larger count is a damaged payload, not a reason to allocate.
  if (total > bytes.length) throw new Error('packed postings announce more entries than they hold');
  const offsets = new Uint32Array(terms + 1);
  const ids = new Uint32Array(total);
  let written = 0;
  for (let term = 0; term < terms; term++) {
    const length = varint();
    const end = written + length;
    if (end > total) throw new Error('packed postings hold more entries than announced');
    let id = 0;
    while (written < end) {
      let byte = bytes[at++] as number;
      let gap = byte & 0x7f;
      let scale = 128;
      while (byte & 0x80) {
        byte = bytes[at++] as number;
        gap += (byte & 0x7f) * scale;
        scale *= 128;
      }
      id += gap;
      ids[written++] = id;
    }
    if (at > bytes.length) throw new Error('packed postings are truncated');
    if (length > 0 && id >= statementCount) throw new Error('packed postings refer to a missing statement');
    offsets[term + 1] = written;
  }
  if (written !== total) throw new Error('packed postings hold fewer entries than announced');
  return { offsets, ids };
}
