import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../lib/core/claims/split-claims';

const cnn = readFileSync(new URL('../../seeds/000_0c6ca5ae3a502843.txt', import.meta.url), 'utf8');

describe('splitClaims', () => {
  it('drops questions, bylines, boilerplate and fragments', () => {
    const text = [
      'By Jane Doe and John Roe',
      'Story highlights',
      'Will the two leaders meet in Vietnam this week?',
      'The summit opened on Friday with a gala dinner for twenty-one leaders.',
      'This story has been updated.',
      'Read more: our coverage',
      'Too short.',
    ].join('\n\n');
    expect(splitClaims(text).map((c) => c.text)).toEqual([
      'The summit opened on Friday with a gala dinner for twenty-one leaders.',
    ]);
  });

  it('strips a dateline from the first sentence', () => {
    const [claim] = splitClaims(
      'WASHINGTON (AP) — The Senate passed the budget bill by 51 votes to 49 on Tuesday.',
    );
    expect(claim?.text).toBe('The Senate passed the budget bill by 51 votes to 49 on Tuesday.');
  });

  it('numbers claims in text order with stable ids', () => {
    const claims = splitClaims(cnn);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `c${i + 1}`));
    expect(claims[0]?.text).toBe('Trump and Putin will not formally meet in Vietnam, the White House said');
    expect(claims.some((c) => c.text.startsWith('Story highlights'))).toBe(false);
    expect(claims.some((c) => c.text.includes('This story has been updated'))).toBe(false);
    expect(claims.some((c) => c.text.includes('Are they going to bump into each other and say hello?'))).toBe(
      true,
    );
  });

  it('keeps each claim verbatim apart from typographic normalisation', () => {
    for (const claim of splitClaims(cnn)) {
      const words = claim.text.match(/[A-Za-z]{4,}/g) ?? [];
      for (const word of words) expect(cnn).toContain(word);
    }
  });
});
