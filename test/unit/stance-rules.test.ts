import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/match/analyze';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';
import { classifyStance } from '../../lib/core/stance/classify-stance';
import { differingDates, differingParties } from '../../lib/core/stance/named-parties';
import { opposedWords } from '../../lib/core/stance/opposites';
import { differentKinds, samePlace } from '../../lib/core/stance/places';
import { differingQuantities } from '../../lib/core/stance/quantities';
import { stemWord } from '../../lib/core/text/tokenize';

const judge = (claimText: string, statementText: string) => {
  const claim = analyze(claimText);
  const statement = analyze(statementText);
  return classifyStance(claim, statement, similarity(claim, statement, referenceIdf));
};
const kinds = (claim: string, statement: string) => judge(claim, statement)?.reasons.map((r) => r.kind) ?? [];

describe('opposite words', () => {
  it('are no reason when one sentence uses both', () => {
    const both = analyze('They would not formally meet, though they chatted informally.');
    expect(opposedWords(both, analyze('The two held no formal meeting.'))).toBeNull();
    expect(opposedWords(analyze('They chatted informally.'), analyze('They met formally.'))).not.toBeNull();
  });
});

describe('numbers', () => {
  it('do not compare a span counted from now with the length of something', () => {
    const claim = analyze('They chatted a couple of times during the three-day meeting.');
    expect(
      differingQuantities(claim, analyze('Russian officials said so for the last two days.')),
    ).toBeNull();
    expect(differingQuantities(claim, analyze('It was a two-day meeting.'))).not.toBeNull();
  });
});

describe('dates', () => {
  it('compare the day of the month when both name the same month', () => {
    expect(
      differingDates(
        analyze('They posed on November 12, 2017.'),
        analyze('They posed on November 10, 2017.'),
      ),
    ).toEqual({ claim: 'November 12', statement: 'November 10' });
    expect(
      differingDates(analyze('On 10 November they met.'), analyze('On November 10 they met.')),
    ).toBeNull();
  });
});

describe('places and their people', () => {
  it('are one party however they are written', () => {
    expect(samePlace(stemWord('America'), stemWord('US'))).toBe(true);
    expect(samePlace(stemWord('American'), stemWord('U.S.'.replaceAll('.', '')))).toBe(true);
    expect(samePlace(stemWord('Russians'), stemWord('Russia'))).toBe(true);
    expect(samePlace(stemWord('China'), stemWord('Taiwan'))).toBe(false);
    expect(samePlace(stemWord('Russian'), stemWord('American'))).toBe(false);
  });

  it('are no rival of a name that is no place', () => {
    expect(differentKinds(stemWord('American'), stemWord('Trump'))).toBe(true);
    expect(differentKinds(stemWord('Japan'), stemWord('Philippines'))).toBe(false);
    expect(
      differingParties(
        analyze('The relationship between the American and Russian presidents draws scrutiny.'),
        analyze('The relationship between Trump and Putin always draws great scrutiny.'),
      ),
    ).toBeNull();
    expect(
      kinds(
        "The engagements would reinforce America's commitment to a rules-based economic system.",
        'The engagements reinforce the US commitment to a rules-based economic system.',
      ),
    ).not.toContain('entity');
  });

  it('are rivals in an apposition that names their role', () => {
    expect(
      differingParties(
        analyze('Trump will fly on to Indonesia, the final stop of his trip.'),
        analyze('Trump will head to his final stop: the Philippines.'),
      ),
    ).toEqual({ claim: 'Indonesia', statement: 'Philippines' });
  });
});

describe('a negation', () => {
  it('contradicts only when its clause shares more than the negated word', () => {
    expect(
      kinds(
        'Sanders said her statement confirmed what the Russian side told reporters about the summit.',
        '"There was never a meeting confirmed," Sanders said of the summit.',
      ),
    ).not.toContain('negation');
    expect(
      kinds(
        'Trump and Putin did not shake hands at the summit.',
        'Trump and Putin shook hands at the summit.',
      ),
    ).toContain('negation');
  });
});
