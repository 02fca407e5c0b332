import { describe, expect, it } from 'vitest';
import lexicon from '../../lib/core/data/lexicon.json';
import { analyze } from '../../lib/core/match/analyze';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';
import { opposedOnScale, opposedTone } from '../../lib/core/stance/tone';
import { stemWord } from '../../lib/core/text/tokenize';
import { judge } from '../support/judge';

const tone = (claimText: string, statementText: string) => {
  const claim = analyze(claimText);
  const statement = analyze(statementText);
  return opposedTone(claim, statement, similarity(claim, statement, referenceIdf));
};

describe('words of opposite tone', () => {
  it('conflict where they stand next to the same shared word', () => {
    expect(
      tone(
        'The handshake between the two mayors looked friendly, reporters at the ceremony said.',
        'The handshake between the two mayors looked hostile, reporters at the ceremony said.',
      ),
    ).toEqual({ claim: 'friendly', statement: 'hostile' });
    // Lent by WordNet: "bellicose" is a kind of "aggressive", "conciliatory" the opposite of "antagonistic".
    expect(
      tone(
        'The governor gave a bellicose address to the union about the strike.',
        'The governor gave a conciliatory address to the union about the strike.',
      ),
    ).toEqual({ claim: 'bellicose', statement: 'conciliatory' });
    const judged = judge(
      'Lobbyists spent heavily in order to help the senator in the primary.',
      'Lobbyists spent heavily in order to hurt the senator in the primary.',
    );
    expect(judged?.stance).toBe('conflict');
    expect(judged?.reasons[0]).toEqual({
      kind: 'antonym',
      detail: '“help” vs “hurt” (opposite in tone)',
    });
  });

  it('are tied by the name right before both: its doer', () => {
    expect(
      tone(
        'The two walked to the stage together, Lund waving to the crowd and Berg smiling.',
        'The two walked to the stage together, Lund waving to the crowd and Berg frowning.',
      ),
    ).toEqual({ claim: 'smiling', statement: 'frowning' });
    // Past an auxiliary too.
    expect(
      tone('Berg was frowning as the two walked to the stage.', 'The two walked to the stage, Berg smiling.'),
    ).toEqual({ claim: 'frowning', statement: 'smiling' });
    // A verb form and a word that is none are two places, the name before both notwithstanding.
    expect(
      tone('Donors said Harlow has rejected the gifts.', 'The gifts were meant to help Harlow win the seat.'),
    ).toBeNull();
    // A name after the word is what it is done to, and many things are done to one name.
    expect(
      tone(
        'Donors funded the campaign in order to help Harlow.',
        'The donations were a scandal that plagued Harlow.',
      ),
    ).toBeNull();
  });

  it('are no reason when they describe different things', () => {
    // "peaceful" tells of the settlement, "war" is what it ends: nothing ties them to one place.
    expect(
      tone(
        'The two rebel groups signed a peaceful settlement in Geneva on Monday.',
        'The two rebel groups signed in Geneva on Monday a deal to end the brutal war.',
      ),
    ).toBeNull();
    // A name is the object of many things: helping Harlow is not what plagued him.
    expect(
      tone(
        'Donors funded the 2022 primary campaign to help Harlow win the seat.',
        'The donors scandal of the 2022 primary campaign is an affair that has plagued Harlow ever since.',
      ),
    ).toBeNull();
  });

  it('are no reason when a sentence denies its word or the other uses it too', () => {
    expect(
      tone(
        'The handshake between the two mayors did not look friendly.',
        'The handshake between the two mayors looked hostile.',
      ),
    ).toBeNull();
    expect(
      tone(
        'The handshake looked friendly, though the talks looked hostile.',
        'The handshake looked hostile.',
      ),
    ).toBeNull();
  });

  it('come from AFINN ratings, nouns and weak words left out, and WordNet adjectives', () => {
    const { words, stems } = lexicon.tone as {
      words: Record<string, number>;
      stems: Record<string, number>;
    };
    expect([words.friendly, words.hostile, words.help, words.hurt]).toEqual([1, -1, 1, -1]);
    expect([words.bellicose, words.conciliatory]).toEqual([-1, 1]);
    // "friend" and "conflict" are things, not tones; "struck" (a deal) is only weakly rated as "strike".
    for (const word of ['friend', 'conflict', 'struck', 'strike']) {
      expect(words[word]).toBeUndefined();
      expect(stems[word]).toBeUndefined();
    }
  });
});

describe('words of the same tone', () => {
  it('in the same place are one thing more two sentences say alike ("combative speech" / "bellicose speech")', () => {
    const statement =
      'Lind gave a direct and bellicose speech in Bergen about Oslo, at one point speaking directly to Oslo mayor Ola Dahl.';
    expect(
      judge('In Bergen, the Mayor delivered a blunt and combative speech about Oslo.', statement)?.stance,
    ).toBe('agree');
    // Without a word of the same tone the two share too little that is no name.
    expect(
      judge('In Bergen, the Mayor delivered a long and detailed speech about Oslo.', statement)?.stance,
    ).toBe('related');
  });
});

describe('adjectives at opposite ends of one scale', () => {
  const scale = (claimText: string, statementText: string) => {
    const claim = analyze(claimText);
    const statement = analyze(statementText);
    return opposedOnScale(claim, statement, similarity(claim, statement, referenceIdf));
  };

  it('conflict where they describe the same thing ("identical accounts" / "different accounts")', () => {
    expect(
      scale(
        'On Monday the two unions gave nearly identical accounts of the pay talks.',
        'On Monday the two unions gave sharply different accounts of the pay talks.',
      ),
    ).toEqual({ claim: 'identical', statement: 'different' });
    expect(
      judge(
        'The mayor called the budget process simple and straightforward.',
        'The mayor called the budget process complicated and fraught.',
      )?.stance,
    ).toBe('conflict');
  });

  it('are no reason for direct antonyms, for words of different things, or words both use', () => {
    // "formal" / "informal" are opposites.ts's, which sets a formal meeting against no informal chat.
    expect(
      scale(
        'The two mayors held informal talks at the fair.',
        'The two mayors held formal talks at the fair.',
      ),
    ).toBeNull();
    expect(
      scale(
        'The unions gave different accounts of the talks, in a lengthy statement.',
        'The unions gave identical figures to the press, before different accounts of the talks emerged.',
      ),
    ).toBeNull();
  });

  it('reach the heads WordNet refers to with "also see", and their satellites ("frosty" / "friendly")', () => {
    // "frosty" is a satellite of "cold", which "cool" refers to; "cool" is opposite "warm", which refers
    // to "friendly".
    expect(
      scale(
        'The handshake between the two mayors looked frosty at the fair.',
        'The handshake between the two mayors looked friendly at the fair.',
      ),
    ).toEqual({ claim: 'frosty', statement: 'friendly' });
  });

  it('are not tied by a name that says whose it is, or where, past a comma', () => {
    expect(
      scale(
        "The minister flew north to Oslo, Norway's capital city, for a state visit.",
        'The minister will stay on fisheries in Norway, senior harbour officials said.',
      ),
    ).toBeNull();
  });

  it('take in adverbs of manner where their adjectives stand ("frostily" / "amiably")', () => {
    expect(
      scale(
        'The two mayors walked to the fair together, chatting frostily as the band played.',
        'The two mayors walked to the fair together, chatting amiably as the band played.',
      ),
    ).toEqual({ claim: 'frostily', statement: 'amiably' });
  });

  it('are no reason where a word dates a time rather than describes ("last week" / "earlier this week")', () => {
    expect(
      scale(
        'The council approved the harbour budget last week after a long debate.',
        'The council approved the harbour budget earlier this week after a long debate.',
      ),
    ).toBeNull();
    expect(lexicon.times).toEqual(expect.arrayContaining(['week', 'year', 'month', 'day'].map(stemWord)));
  });

  it('count as one slot the two fill, past an adverb before the adjective, for sentences alike in little else', () => {
    const judgement = judge(
      'Brief as it was, the exchange between the two captains looked decidedly frosty, with both men waving their arms.',
      'The talk, while short, looked friendly, with both captains speaking with their hands.',
    );
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons[0]?.detail).toContain('frosty');
  });
});
