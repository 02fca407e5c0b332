import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/match/analyze';
import { capitalisedStems, perSentence, perToken } from '../../lib/core/match/per-sentence';
import type { Token } from '../../lib/core/text/tokenize';

describe('readings made once per sentence', () => {
  it('reads each sentence once, and each token of it once', () => {
    let sentenceReads = 0;
    let tokenReads = 0;
    const length = perSentence((sentence) => {
      sentenceReads++;
      return sentence.tokens.length;
    });
    const upper = perToken((_, token) => {
      tokenReads++;
      return token.text.toUpperCase();
    });
    const a = analyze('The mayor opened the bridge on Monday.');
    const b = analyze('The mayor opened the bridge on Monday.');
    expect([length(a), length(a), length(b)]).toEqual([7, 7, 7]);
    expect(sentenceReads).toBe(2);
    const [first, second] = a.tokens as [Token, Token];
    expect([upper(a, first), upper(a, first), upper(a, second), upper(b, first)]).toEqual([
      'THE',
      'THE',
      'MAYOR',
      'THE',
    ]);
    expect(tokenReads).toBe(3);
  });

  it('remembers a reading that is falsy', () => {
    let reads = 0;
    const none = perSentence(() => {
      reads++;
      return null;
    });
    const sentence = analyze('Nothing to see here today.');
    none(sentence);
    none(sentence);
    expect(reads).toBe(1);
  });

  it('gives the stems written with a capital, the first word of the sentence too', () => {
    expect([...capitalisedStems(analyze('Ports in Lisbon reopened on Monday.'))]).toEqual([
      'port',
      'lisbon',
      'monday',
    ]);
  });
});
