import { describe, expect, it } from 'vitest';
import { ChunkTable } from '../../lib/core/match/chunk-table';

/** Adds `key` found at the start of `text`, as the index reader does, with term ids [id] and no names. */
function addAt(table: ChunkTable, key: string, hash: number, id: number) {
  return table.add(key, hash, [id], [], null, null);
}

describe('the chunk table', () => {
  it('finds a chunk by its place in a longer text, and its term ids', () => {
    const table = new ChunkTable(100);
    const said = addAt(table, 'said', 7, 3);
    const text = 'he said so';
    expect(table.find(text, 3, 7, 7)).toBe(said);
    expect([...table.ids.subarray(table.stemsFrom(said), table.joinedFrom(said))]).toEqual([3]);
    expect(table.find(text, 0, 2, 7)).toBe(-1);
  });

  it('tells apart chunks whose hashes are equal', () => {
    const table = new ChunkTable(100);
    const a = addAt(table, 'alpha', 42, 1);
    const b = addAt(table, 'bravo', 42, 2);
    const c = addAt(table, 'alphas', 42, 3);
    expect(table.find('bravo', 0, 5, 42)).toBe(b);
    expect(table.find('alpha', 0, 5, 42)).toBe(a);
    expect(table.find('alphas', 0, 6, 42)).toBe(c);
    expect(table.find('delta', 0, 5, 42)).toBe(-1);
  });

  it('keeps every chunk through growth, and starts again empty past its limit', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const table = new ChunkTable(words.length);
    const numbers = words.map((word, i) => addAt(table, word, i * 7919, i));
    expect(words.map((word, i) => table.find(word, 0, word.length, i * 7919))).toEqual(numbers);
    const extra = addAt(table, 'extra', 5, 9);
    expect(table.find('extra', 0, 5, 5)).toBe(extra);
    expect(table.find('w1', 0, 2, 7919)).toBe(-1);
  });
});
