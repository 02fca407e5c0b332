import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packPostings, unpackPostings } from '../../lib/core/match/packed-postings';
import { invert, type Postings } from '../../lib/core/match/postings';

/** Random postings: for each term, an ascending list of distinct statement ids below `statements`. */
const postingsArbitrary = fc.integer({ min: 1, max: 300 }).chain((statements) =>
  fc
    .array(fc.uniqueArray(fc.nat(statements - 1), { maxLength: 40 }), { minLength: 1, maxLength: 30 })
    .map((lists) => {
      const sorted = lists.map((list) => [...list].sort((a, b) => a - b));
      const offsets = new Uint32Array(sorted.length + 1);
      sorted.forEach((list, term) => {
        offsets[term + 1] = (offsets[term] ?? 0) + list.length;
      });
      return { statements, postings: { offsets, ids: Uint32Array.from(sorted.flat()) } satisfies Postings };
    }),
);

describe('packed postings', () => {
  it('unpack to exactly what was packed, through JSON', () => {
    fc.assert(
      fc.property(postingsArbitrary, ({ statements, postings }) => {
        const packed = JSON.parse(JSON.stringify(packPostings(postings))) as string;
        expect(packed).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
        const back = unpackPostings(packed, postings.offsets.length - 1, statements);
        expect(back.offsets).toEqual(postings.offsets);
        expect(back.ids).toEqual(postings.ids);
      }),
    );
  });

  it('keep large ids and long lists intact', () => {
    const ids = Uint32Array.from({ length: 5000 }, (_, i) => i * 997 + 3);
    const postings = { offsets: Uint32Array.from([0, 5000]), ids };
    expect(unpackPostings(packPostings(postings), 1, 5_000_000).ids).toEqual(ids);
  });

  it('refuse a payload that does not fit the index it is loaded into', () => {
    const postings = { offsets: Uint32Array.from([0, 2, 3]), ids: Uint32Array.from([1, 7, 4]) };
    const packed = packPostings(postings);
    expect(() => unpackPostings(packed, 3, 10)).toThrow(/vocabulary/);
    expect(() => unpackPostings(packed, 2, 5)).toThrow(/missing statement/);
    expect(() => unpackPostings(packed.slice(0, 4), 2, 10)).toThrow();
  });

  it('invert a forward index into ascending lists', () => {
    // statement 0: terms 2, 0; statement 1: term 2; statement 2: terms 1, 2
    const inverted = invert(Uint32Array.from([0, 2, 3, 5]), Uint32Array.from([2, 0, 2, 1, 2]), 3);
    expect(Array.from(inverted.offsets)).toEqual([0, 1, 2, 5]);
    expect(Array.from(inverted.ids)).toEqual([0, 2, 0, 1, 2]);
  });
});
