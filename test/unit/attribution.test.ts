import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/match/analyze';
import { differentSpeakers, sameParty, speakerOf } from '../../lib/core/stance/attribution';

const speaker = (text: string) => speakerOf(analyze(text));

describe('speakerOf', () => {
  it('takes the name before the verb with its role', () => {
    expect(speaker('White House press secretary Sarah Sanders said there would be no meeting.')).toBe(
      'White House press secretary Sarah Sanders',
    );
  });

  it('takes the name after "according to"', () => {
    expect(speaker('The two leaders met briefly, according to Dmitry Peskov.')).toBe('Dmitry Peskov');
  });

  it('stops a name at punctuation: a place before the comma is not the speaker', () => {
    expect(
      speaker('At the start of his trip through Asia, Trump told reporters he expected to meet Putin.'),
    ).toBe('Trump');
  });
});

describe('attribution between sentences', () => {
  it('reads one party named two ways as the same party', () => {
    expect(sameParty('the White House', 'White House press secretary Sarah Sanders')).toBe(true);
    expect(sameParty('the Kremlin', 'White House press secretary Sarah Sanders')).toBe(false);
  });

  it('reads a party named in full and by its initials as the same party', () => {
    expect(sameParty('the UN', 'United Nations officials')).toBe(true);
    expect(sameParty('North Atlantic Treaty Organization spokesman', 'NATO')).toBe(true);
    expect(sameParty('the UN', 'Ukraine')).toBe(false);
  });

  it('finds the same words in two mouths, and not the same speaker twice', () => {
    const kremlin = analyze('Peskov said the two presidents will meet in Danang on Friday.');
    const whiteHouse = analyze('Sanders said the two presidents will meet in Danang on Friday.');
    expect(differentSpeakers(kremlin, whiteHouse)).toEqual({ claim: 'Peskov', statement: 'Sanders' });
    const again = analyze('On his trip through Asia, Trump told reporters he would meet Putin.');
    const other = analyze('During a long trip across Asia, Trump told reporters he expected to meet Putin.');
    expect(differentSpeakers(again, other)).toBeNull();
  });
});
