import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../lib/core/check';
import { prepareCorpus } from '../../lib/core/corpus';
import { buildCorpusFile } from '../../lib/core/import/index';
import { type Analyzed, analyze } from '../../lib/core/match/analyze';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';
import {
  differentSpeakers,
  saidStems,
  sameParty,
  sameQuotation,
  sameSide,
  speakerIn,
  speakerOf,
  titled,
} from '../../lib/core/stance/attribution';
import { classifyStance } from '../../lib/core/stance/classify-stance';
import { stemWord } from '../../lib/core/text/tokenize';
import { judge } from '../support/judge';

const speaker = (text: string) => speakerOf(analyze(text));

describe('speakerOf', () => {
  it('takes the name before the verb with its role', () => {
    expect(speaker('White House press secretary Sarah Sanders said there would be no meeting.')).toBe(
      'White House press secretary Sarah Sanders',
    );
  });

  it('takes the one who questions, insists or concedes as the speaker', () => {
    expect(speaker('Harbour master Lena Voss questioned whether the pier could open by spring.')).toBe(
      'Harbour master Lena Voss',
    );
    expect(speaker('Mayor Ines Duarte maintained that the ferry would keep running.')).toBe(
      'Mayor Ines Duarte',
    );
    // Seen doing something is not saying it.
    expect(speaker('On Sunday, the two captains were observed chatting on the quay.')).toBeNull();
  });

  it('names no speaker past a pronoun that says the remark, set off in its clause', () => {
    expect(speaker('The mayor, he said, had pressed Berg twice, and Berg had denied any role.')).toBeNull();
  });

  it('takes the one who informs as the speaker', () => {
    expect(speaker('Harbour master Lena Voss informed the port council that the pier would reopen.')).toBe(
      'Harbour master Lena Voss',
    );
  });

  it('names no speaker for an impersonal report, nor for a verb of saying deep within it', () => {
    expect(
      speaker(
        'It is reported that the council raised the ferry fares twice, and that Mayor Ines Duarte denied it.',
      ),
    ).toBeNull();
    expect(speaker('It has widely been said that the harbour would close before the winter.')).toBeNull();
    // What it reports may open on who said it.
    expect(
      speaker('It is reported that Mayor Ines Duarte expressly confirmed the ferry fares would rise.'),
    ).toBe('Mayor Ines Duarte');
    expect(speaker('The council denied it, harbour master Lena Voss said.')).toBe('harbour master Lena Voss');
  });

  it('takes the name before "is the one who", and no verb inside a quotation', () => {
    expect(speaker('Port director Anil Mehta is the one who told reporters the pier would close.')).toBe(
      'Port director Anil Mehta',
    );
    expect(speakerIn(analyze('"The ferry captain denied any fault, as I expected he would."'))).toBeNull();
  });

  it('takes who opens the clause that ends on a colon before a quotation, whatever the verb', () => {
    expect(
      speaker('Asked about the fares, port director Anil Mehta shot back at reporters: "Ask the council."'),
    ).toBe('port director Anil Mehta');
    expect(speaker('The quay was quiet on Monday: "Nobody came," a guard said.')).toBeNull();
  });

  it('takes who a cleft sentence puts first, past an aside, where a verb of saying follows its "who"', () => {
    expect(
      speaker(
        'It was Mayor Anna Berg, speaking at the quay, who turned to Ole Dahl and told him the tunnel would open.',
      ),
    ).toBe('Mayor Anna Berg');
    expect(speaker('It was late when the harbour master, who said little, left the quay.')).toBeNull();
  });

  it('takes who a cleft sentence puts first after "the", with "that" for "who"', () => {
    expect(
      speaker(
        'It was the Harbour Authority that put out a statement on Monday saying the two mayors had met.',
      ),
    ).toBe('Harbour Authority');
    expect(speaker('It was the ferry that the harbour master said had sunk.')).toBeNull();
  });

  it('takes the name before a one-word aside set off by commas ("Mayor Anna Berg, however, declared")', () => {
    expect(speaker('Mayor Anna Berg, however, declared that the ferry would sail on Friday.')).toBe(
      'Mayor Anna Berg',
    );
    expect(speaker('In Bergen, said Dahl, the ferry would sail on Friday.')).toBe('Dahl');
  });

  it('takes no day for a speaker, nor the names after a participle of saying', () => {
    expect(speaker('In a Saturday statement, the port authority said the ferries would run.')).toBeNull();
    expect(speaker('The ministry put out a statement saying Lind and Berg had met.')).toBeNull();
    expect(speaker('"The ferries will run," said Lind.')).toBe('Lind');
    expect(speaker('According to Lind, the ferries will run.')).toBe('Lind');
  });

  it('takes the name before "was telling", and no passive "was told" for a speaker', () => {
    expect(
      speaker('At the quay, port director Anil Mehta was telling reporters that the ferry would resume.'),
    ).toBe('port director Anil Mehta');
    expect(speaker('Mehta was told by the council that the ferry would resume.')).toBeNull();
  });

  it('takes the name before "of" and the place it is from', () => {
    expect(speaker('Senator Jane Roe of Ohio said the bill would pass.')).toBe('Senator Jane Roe of Ohio');
    expect(speaker('Mayor Ines Duarte of the Coastal District insisted the pier would reopen.')).toBe(
      'Mayor Ines Duarte of the Coastal District',
    );
    expect(speaker('The Bank of England said rates would rise.')).toBe('Bank of England');
  });

  it('takes the name without its possessive ("according to Berg\'s account")', () => {
    expect(speaker("According to Berg's account of the meeting, the ferry captain denied any fault.")).toBe(
      'Berg',
    );
    const claim = analyze("According to Berg's account of the meeting, the ferry captain denied any fault.");
    const statement = analyze('"The ferry captain denied any fault at the meeting," Berg said.');
    expect(differentSpeakers(claim, statement)).toBeNull();
  });

  it('takes the name after "according to"', () => {
    expect(speaker('The two leaders met briefly, according to Dmitry Peskov.')).toBe('Dmitry Peskov');
    // Not the place just before it.
    expect(
      speaker('They did not meet in Vietnam, according to White House press secretary Sarah Sanders.'),
    ).toBe('White House');
  });

  it('stops a name at punctuation: a place before the comma is not the speaker', () => {
    expect(
      speaker('At the start of his trip through Asia, Trump told reporters he expected to meet Putin.'),
    ).toBe('Trump');
  });

  it('takes the name before an aside set off by commas, not a place that ends the aside', () => {
    expect(speaker('Mayor Anna Berg, briefing reporters in Oslo, said the tunnel would open in May.')).toBe(
      'Mayor Anna Berg',
    );
    expect(speaker('The Storting, though, said the tunnel would open in May.')).toBe('Storting');
    expect(speaker('The two mayors met in Bergen, Norway, said the council.')).toBeNull();
  });

  it('takes the name of one who declined to say one thing and told another', () => {
    expect(
      speaker(
        'Mayor Anna Berg declined to say whether the tunnel would open in May, telling reporters that engineers were still at work.',
      ),
    ).toBe('Mayor Anna Berg');
  });

  it('takes the name before "who" in "it was X who said"', () => {
    expect(speaker('In the end it was Mayor Anna Berg who told reporters that the tunnel would open.')).toBe(
      'Mayor Anna Berg',
    );
  });
});

describe('speakerOf, the one spoken to', () => {
  it('does not take the one told for the speaker, and keeps the role after a name', () => {
    expect(speaker('Trump will focus on trade in Vietnam, senior White House officials told CNN.')).toBe(
      'senior White House officials',
    );
    expect(speaker('"Is it substantive?" national security adviser H.R. McMaster asked reporters.')).toBe(
      'national security adviser H.R. McMaster',
    );
  });
});

describe('the same quotation', () => {
  it('is found within longer sentences, and not in two different remarks', () => {
    const said = analyze(
      '“When the two leaders meet, is there something sufficiently substantive?” Tillerson said.',
    );
    const asked = analyze(
      '"When the two leaders meet, is there something sufficiently substantive?" McMaster asked, adding more.',
    );
    expect(sameQuotation(said, asked)).toBe(true);
    expect(sameQuotation(said, analyze('"We want Putin\'s help on North Korea," he said.'))).toBe(false);
    // Two words are too few to say it is one remark.
    expect(sameQuotation(analyze('"Fake news," Trump said.'), analyze('"Fake news," Putin said.'))).toBe(
      false,
    );
  });
});

describe('British style: single quotation marks, a name set off by commas', () => {
  it('reads a remark in single marks as quoted, the apostrophes of its words left alone', () => {
    expect(
      sameQuotation(
        analyze("'We need the harbour's cranes back by spring,' the port's chief engineer said."),
        analyze('"We need the harbour\'s cranes back by spring," Mayor Lund told the council.'),
      ),
    ).toBe(true);
    // Possessives and contractions open no quotation.
    expect(
      sameQuotation(
        analyze("The port's chief engineer said the harbour's cranes won't be back by spring."),
        analyze('"We need the cranes back by spring," Mayor Lund told the council.'),
      ),
    ).toBe(false);
  });

  it('takes the one a saying pronoun stands for earlier in the sentence, and who "put it" so', () => {
    expect(speaker('Berg was blunt about the aim: "We want the cranes back," she told the council.')).toBe(
      'Berg',
    );
    expect(speaker('Berg\'s stated aim was plain: "We want the cranes back," she told the council.')).toBe(
      'Berg',
    );
    expect(speaker('As harbour master Ole Berg put it, "We want the cranes back by spring."')).toBe(
      'harbour master Ole Berg',
    );
    expect(speaker('Harbour master Ole Berg nonetheless insisted that the cranes would be back.')).toBe(
      'Harbour master Ole Berg',
    );
    // A pronoun with no name before it in the sentence is left to the sentence before.
    expect(speaker('"We want the cranes back," she told the council.')).toBeNull();
  });

  it('takes a full name between commas after its title as the speaker', () => {
    expect(speaker("'We need the cranes back,' the city's harbour master, Ole Berg, said.")).toBe(
      'harbour master Ole Berg',
    );
    // A place ending a phrase is no speaker.
    expect(speaker('Talks went on late in Bergen, Norway, said nobody.')).not.toBe('Norway');
  });

  it('sets one remark in two mouths against each other', () => {
    const claim = analyze("'We need the cranes back by spring,' the city's harbour master, Ole Berg, said.");
    const statement = analyze('"We need the cranes back by spring," Mayor Anna Lund told the council.');
    expect(classifyStance(claim, statement, similarity(claim, statement, referenceIdf))).toMatchObject({
      stance: 'conflict',
      reasons: [{ kind: 'attribution' }],
    });
  });
});

describe('a remark withheld', () => {
  it('is no remark said: what the withholder did tell is', () => {
    const withholding = analyze(
      'Berg declined to say whether the ferry would sail on Friday, telling reporters that the harbour crews were ready to sail.',
    );
    expect(sameQuotation(analyze('The mayor said the ferry would sail on Friday.'), withholding)).toBe(false);
    expect(
      sameQuotation(analyze('The mayor said that the harbour crews were ready to sail.'), withholding),
    ).toBe(true);
  });
});

describe('a remark withheld, and said', () => {
  it('clashes past an auxiliary ("did say") and past an opening question ("Asked about …, X said")', () => {
    const statement = 'Okafor declined to say whether the council had approved the harbour loan.';
    for (const claim of [
      'Okafor did say that the council had approved the harbour loan.',
      'Asked about the audit, Okafor said that the council had approved the harbour loan.',
      'One more thing: asked about the audit, Okafor said that the council had approved the harbour loan.',
    ]) {
      expect(judge(claim, statement)?.stance).toBe('conflict');
    }
    expect(speakerOf(analyze('Okafor would later say that the loan was approved.'))).toBe('Okafor');
  });
});

describe('a participle of saying after a comma', () => {
  it("has the sentence's subject for its speaker, not a name an aside ends on, nor a participle it opens on", () => {
    expect(speaker('Okafor was adamant, insisting on Friday that the loan had been approved.')).toBe(
      'Okafor',
    );
    expect(
      speaker(
        'In Lagos, the treasurer declined to comment, explaining that the loan was still under review.',
      ),
    ).toBeNull();
    expect(
      speaker(
        'Briefing reporters in Lagos, the treasurer declined to comment, explaining that the loan was still under review.',
      ),
    ).toBeNull();
  });
});

describe('a remark only withheld', () => {
  it("is no account of the withholder's against another's who said it", () => {
    const judgement = judge(
      'Okafor did not say at the time whether the council had approved the harbour loan, according to his public remarks.',
      'But while Okafor was briefing the press, the treasurer Ada Eze told reporters that the council had approved the harbour loan.',
    );
    expect(judgement?.stance).not.toBe('conflict');
  });
});

describe('from a twelfth round', () => {
  it('reads who puts it so, what follows the colon, and the agent of "it was stated by"', () => {
    const putIt = analyze(
      "Here's how the harbour master Ada Eze put it: is there enough crew to sail the ferry tonight?",
    );
    expect(speakerOf(putIt)).toBe('harbour master Ada Eze');
    expect([...saidStems(putIt)]).toContain(stemWord('crew'));
    expect(speaker('It was stated by the harbour master Ada Eze that the ferry would sail.')).toBe(
      'harbour master Ada Eze',
    );
    expect(
      judge(
        'It was stated by the harbour master Ada Eze, after the storm, that the ferry would sail on Friday as planned.',
        'The ferry would sail on Friday as planned, Mayor Okafor told reporters after the storm.',
      )?.reasons.map((r) => r.kind),
    ).toEqual(['attribution']);
  });

  it("sets no account against a statement that quotes the claim's speaker doing what the claim says", () => {
    expect(
      judge(
        'Okafor, the reporters heard, denied any such payment, as he had in the past.',
        '"Mayor Okafor denied any such payment, as I think he has in the past," the treasurer Ada Eze said.',
      )?.stance,
    ).toBe('agree');
  });
});

describe('an office alone, and a title with "of"', () => {
  it('"Officials said" names no party against "senior Harbour Board officials"; a cleft keeps "Minister of Transport"', () => {
    expect(
      judge(
        'Officials said the ferry would primarily serve the islands, even as the mainland route stayed open.',
        'The ferry will keep the mainland route open, senior Harbour Board officials tell NRK, but its schedule will primarily serve the islands.',
      )?.stance,
    ).toBe('agree');
    expect(
      speaker('It was Minister of Transport Ada Eze who told reporters that the plan was accepted.'),
    ).toBe('Minister of Transport Ada Eze');
  });
});

describe('a speaker named after the verb, past "the"', () => {
  it('is the title and name that follow ("…, said the harbour board chair Ada Eze, "…"")', () => {
    expect(
      speaker(
        'Even without a vote, said the harbour board chair Ada Eze, "the ferry will sail one way or another."',
      ),
    ).toBe('harbour board chair Ada Eze');
    expect(speaker('The meeting was cancelled, said the chief executive.')).toBeNull();
  });
});

describe('a pronoun that says a remark, after a participle and its object', () => {
  it('stands for no one the participle names ("addressing Ada Eze directly, he declared: …")', () => {
    expect(
      speaker(
        "At the harbour, addressing Ada Eze directly, he declared: 'The ferry is not the boat your mother knew.'",
      ),
    ).toBeNull();
    expect(speaker('Okafor was candid: "We want help with the ferry," he told reporters.')).toBe('Okafor');
  });
});

describe('two people with offices on one side', () => {
  it('are told apart by their own names ("it\'s Harbour Board chairman John Dale telling reporters" / "Harbour Board spokeswoman Ada Eze told")', () => {
    const claim =
      "Talks stall, and minutes before the ferry docks in Bergen, it's Harbour Board chairman John Dale telling reporters the sailing is off.";
    expect(speaker(claim)).toBe('Harbour Board chairman John Dale');
    expect(
      judge(
        claim,
        'But the talks stalled and, minutes before the ferry docked in Bergen, Harbour Board spokeswoman Ada Eze told reporters the sailing was off.',
      )?.reasons.map((r) => r.kind),
    ).toEqual(['attribution']);
    // "Senior Harbour Board officials" is no one person: one side with its spokeswoman.
    expect(
      judge(
        'Senior Harbour Board officials say the ferry will not sail to the islands on Friday.',
        'The ferry will not sail to the islands on Friday, Harbour Board spokeswoman Ada Eze told reporters.',
      )?.stance,
    ).toBe('agree');
  });
});

describe('one remark withheld on both sides', () => {
  it('is one thing more the two say alike, "never actually said whether" as "didn\'t say whether"', () => {
    const statement = "Dahl didn't say whether Berg accepted the tolls.";
    expect(
      judge('Notice that Dahl never actually said whether Berg bought the tolls.', statement)?.stance,
    ).toBe('agree');
  });
});

describe('the same remark in indirect speech', () => {
  it('is the words after "that", quoted on the other side or not', () => {
    const indirect = analyze(
      'The mayor told reporters on Tuesday that the river bridge would reopen in March.',
    );
    expect(
      sameQuotation(indirect, analyze('The governor said that the river bridge would reopen in March.')),
    ).toBe(true);
    expect(
      sameQuotation(indirect, analyze('"The river bridge will reopen in March," the governor said.')),
    ).toBe(true);
    // What follows "that" elsewhere in the sentence is no remark.
    expect(
      sameQuotation(
        indirect,
        analyze('The governor said the flood that closed the river bridge in March was the worst in years.'),
      ),
    ).toBe(false);
  });

  it('is the words after the verb when "that" is left out', () => {
    const indirect = analyze('The mayor said the river bridge would reopen in March after the repairs.');
    expect(
      sameQuotation(
        indirect,
        analyze('"The river bridge will reopen in March after the repairs," the governor said.'),
      ),
    ).toBe(true);
    expect(
      sameQuotation(
        indirect,
        analyze('"The ferry will run again in March after the repairs," the governor said.'),
      ),
    ).toBe(false);
  });
});

describe('a short remark quoted word for word', () => {
  it('is the same remark when a whole quotation of one sentence is in a quotation of the other', () => {
    const short = analyze('"Ask the coach," the captain snapped when reporters asked about the defeat.');
    const long = analyze('Asked about the defeat, the goalkeeper snapped: "Why ask me? Ask the coach."');
    expect(sameQuotation(short, long)).toBe(true);
    expect(sameQuotation(short, analyze('The goalkeeper snapped: "Ask the fans."'))).toBe(false);
  });
});

describe('a remark quoted word for word with nothing else in common', () => {
  const claim = 'Asked how the match had gone, team captain Ana Lima bristled: "Why ask me? Ask the coach."';
  const statement =
    'Leaving the stadium after the defeat, goalkeeper Rui Costa later snapped at reporters: "Why ask me? Ask the coach."';

  it('names the one who says it, whatever the verb before the colon or after the quotation', () => {
    expect(speaker(claim)).toBe('team captain Ana Lima');
    expect(speaker('"Why ask me? Ask the coach," team captain Ana Lima shot back.')).toBe(
      'team captain Ana Lima',
    );
    expect(speaker('"Why ask me? Ask the coach," officials shot back.')).toBeNull();
  });

  it("is another speaker's remark though the sentences are barely similar", () => {
    const [a, b] = [analyze(claim), analyze(statement)];
    const judgement = classifyStance(a, b, similarity(a, b, referenceIdf));
    expect(similarity(a, b, referenceIdf).score).toBeLessThan(0.2);
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons.map((r) => r.kind)).toEqual(['attribution']);
  });

  it('agrees when the same one says it, however little else the sentences share', () => {
    const [a, b] = [
      analyze('Goalkeeper Rui Costa hit back at journalists: "Why ask me? Ask the coach."'),
      analyze(statement),
    ];
    expect(classifyStance(a, b, similarity(a, b, referenceIdf))?.stance).toBe('agree');
  });

  it('is found in a corpus through the quotation alone', () => {
    const file = buildCorpusFile(
      [
        {
          id: 'a',
          title: 'Cup report',
          source: 'Gazette',
          url: null,
          published: null,
          text: `The home side lost 3-0 in the cup on Sunday. ${statement} Fans left early.`,
        },
      ],
      { name: 'Cup' },
    );
    const report = checkArticle({ title: 'Match', url: 'https://x.test/', site: 'x.test', text: claim }, [
      prepareCorpus(file),
    ]);
    expect(report.claims[0]?.matches.map((m) => [m.stance, m.statement.text])).toContainEqual([
      'conflict',
      statement,
    ]);
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

  it('reads a speaker named by its side as one with a speaker whose title says so', () => {
    const titles = [
      analyze('The bill was drafted by City Hall press secretary Ida Lund and two aides.'),
      analyze('Norwegian Prime Minister Kari Dahl met the mayors of Bergen and Oslo on Monday.'),
      analyze('Inspectors filed charges against former top Lund aides last year.'),
    ];
    // The title begins with whom it is of, not with the words before it.
    expect(titled('Lund', titles)).toBe('City Hall press secretary Ida Lund');
    const statement = analyze('Lund said the tunnel would open in May.');
    const titleOf = (speaker: string) => titled(speaker, titles);
    expect(sameSide('City Hall', 'Lund', statement, { titleOf })).toBe(true);
    expect(sameSide('Norway', 'Dahl', statement, { titleOf })).toBe(true);
    // Not without the title, not another side, and two people of one side are still two speakers.
    expect(sameSide('City Hall', 'Lund', statement)).toBe(false);
    expect(sameSide('Sweden', 'Dahl', statement, { titleOf })).toBe(false);
    expect(sameSide('Norwegian Foreign Minister Per Berg', 'Dahl', statement, { titleOf })).toBe(false);
    // An office capitalised is the office the title writes in lower case.
    expect(sameSide('Press Secretary', 'Lund', statement, { titleOf })).toBe(true);
    expect(sameSide('Prime Minister', 'Lund', statement, { titleOf })).toBe(false);
    // An office whose place is written as its people's word ("the Norwegian Prime Minister" for "Norway's
    // Prime Minister Kari Dahl"), not another country's.
    const norway = [
      analyze("Norway's Prime Minister Kari Dahl met the mayors of Bergen and Oslo on Monday."),
    ];
    const ofNorway = (speaker: string) => titled(speaker, norway);
    expect(sameSide('Norwegian Prime Minister', 'Dahl', statement, { titleOf: ofNorway })).toBe(true);
    expect(sameSide('Swedish Prime Minister', 'Dahl', statement, { titleOf: ofNorway })).toBe(false);
  });

  it('reads the office before a name set off by commas as part of the speaker', () => {
    expect(
      speaker('The harbour board secretary, Anna Lund, told reporters that the ferry would keep running.'),
    ).toBe('harbour board secretary Anna Lund');
    expect(
      speaker('The City Hall press secretary, Anna Lund, told reporters that the ferry would keep running.'),
    ).toBe('City Hall press secretary Anna Lund');
    expect(speaker('In Bergen, Anna Lund said the ferry would keep running.')).toBe('Anna Lund');
  });

  it('reads an office\'s own "of" as part of the title ("chief of staff")', () => {
    expect(
      speaker('Harbour board chief of staff Anna Lund told reporters that the ferry would keep running.'),
    ).toBe('Harbour board chief of staff Anna Lund');
  });

  it('reads a name in -ly as a name, not an adverb between speaker and verb', () => {
    expect(
      speaker('The harbour board secretary, Anna Kelly, told reporters that the ferry would keep running.'),
    ).toBe('harbour board secretary Anna Kelly');
  });

  it('reads no speaker in what another said, the object of the verb', () => {
    expect(
      speaker('Her letter contradicted what the Danish side had told reporters over the weekend.'),
    ).toBeNull();
    expect(speaker('What Berg told reporters was that the ferry would keep running.')).toBe('Berg');
    expect(
      speaker(
        'I keep returning to what Berg told reporters after the vote: that the ferry would keep running.',
      ),
    ).toBe('Berg');
  });

  it('reads the speaker past a long aside set off by commas', () => {
    expect(
      speaker(
        'Harbour minister Kari Lund, asked whether there was anything left for the two unions to settle when they meet, says no decision has been made.',
      ),
    ).toBe('Harbour minister Kari Lund');
  });

  it("finds a speaker's title anywhere in the statement's corpus when checking", () => {
    const text = (body: string) => ({
      title: 'Ferries',
      source: 'Gazette',
      url: null,
      published: null,
      text: body,
    });
    const file = buildCorpusFile(
      [
        {
          id: 'a',
          ...text('Norwegian Prime Minister Kari Dahl opened the new ferry terminal in Bergen on Monday.'),
        },
        {
          id: 'b',
          ...text('Dahl said on Tuesday that the ferry link to Denmark would double its crossings.'),
        },
      ],
      { name: 'Ferries' },
    );
    // The stances of the matches with what Dahl said (the sentence naming her title may be related too).
    const check = (claim: string) =>
      checkArticle({ title: 'Ferries', url: 'https://x.test/', site: 'x.test', text: claim }, [
        prepareCorpus(file),
      ])
        .claims[0]?.matches.filter((m) => m.statement.articleId === 'b')
        .map((m) => m.stance);
    expect(check('Norway said the ferry service to Denmark will double its crossings next spring.')).toEqual([
      'agree',
    ]);
    expect(check('Sweden said the ferry service to Denmark will double its crossings next spring.')).toEqual([
      'conflict',
    ]);
  });

  it('sees no two accounts in sentences similar over names alone', () => {
    const a = analyze(
      'The Storting said Prime Minister Kari Dahl and Mayor Anna Berg agreed on a ferry plan at the Nordic Council summit.',
    );
    const b = analyze(
      'Prime Minister Kari Dahl and Mayor Anna Berg will not hold a formal meeting at the Nordic Council summit, Sven Lund said.',
    );
    const sim = similarity(a, b, referenceIdf);
    expect(sim.score).toBeGreaterThan(0.45);
    expect(classifyStance(a, b, sim)?.reasons.map((r) => r.kind)).not.toContain('attribution');
  });

  it('looks further back for a speaker named only by a pronoun after a sentence of quotation', () => {
    const article = [
      'Health minister Clara Okafor told reporters after the vote that funding was secured.',
      '"The clinics will stay open through the winter."',
      'She added: "Nobody will be turned away."',
    ].map((text) => analyze(text));
    const earlier =
      (at: number) =>
      (back = 1) =>
        article[at - back] ?? null;
    const [, quoted, added] = article as [Analyzed, Analyzed, Analyzed];
    expect(speakerIn(added, earlier(2))).toBe('Health minister Clara Okafor');
    expect(speakerIn(quoted, earlier(1))).toBe('Health minister Clara Okafor');
  });

  it('reads more verbs of saying, and a title with "of" as part of the speaker', () => {
    expect(speaker('Secretary of State Ana Lima declared that the border would stay closed.')).toBe(
      'Secretary of State Ana Lima',
    );
    expect(speaker('Mayor Tom Berg warned that the river would flood again.')).toBe('Mayor Tom Berg');
  });
});

describe('two named people giving one account', () => {
  it('is a conflict even where their long titles make the two sentences differ most', () => {
    const judgement = judge(
      'Deputy Finance Minister Olga Marchetti of the Northern Province insisted on Tuesday, after the governor had spoken, that the bridge would reopen before winter.',
      '"The bridge will reopen before winter," port authority chairman Henrik Dalberg said Tuesday after the governor\'s remarks.',
    );
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons[0]?.detail).toContain('Olga Marchetti');
    expect(judgement?.reasons[0]?.detail).toContain('Henrik Dalberg');
  });

  it('is no conflict where the two share only the setting the words were said in', () => {
    const judgement = judge(
      'Deputy Finance Minister Olga Marchetti told reporters at the harbour on Tuesday that the ferry fleet needs new engines.',
      'Port authority chairman Henrik Dalberg told reporters at the harbour on Tuesday that the bridge would reopen before winter.',
    );
    expect(judgement?.stance).not.toBe('conflict');
  });

  it('is not weighed apart for a party named in one word, whose side the words do not tell', () => {
    const judgement = judge(
      'The ministry insisted on Tuesday, after the governor had spoken, that the bridge would reopen before winter and that tolls would stay frozen.',
      '"The bridge will reopen before winter," port authority chairman Henrik Dalberg said Tuesday after the governor\'s remarks, adding that tolls would stay frozen.',
    );
    expect(judgement?.reasons.map((r) => r.kind)).not.toContain('attribution');
  });
});

describe('a question asked in indirect speech', () => {
  it('has the sentence subject ask it, after a comma', () => {
    expect(
      speaker(
        'Harbour master Lena Voss framed it as a matter of money, asking whether the pier would ever pay.',
      ),
    ).toBe('Harbour master Lena Voss');
    // A participle of no saying names no speaker.
    expect(speaker('The two captains walked along the quay, chatting about the weather.')).toBeNull();
  });

  it('is the same remark as the question quoted, in another mouth a conflict', () => {
    const claim = analyze(
      'Harbour master Lena Voss framed it as a matter of money, asking whether, once the bridge reopens, the ferry will still pay its way.',
    );
    const statement = analyze('"Once the bridge reopens, will the ferry still pay its way?" Okafor said.');
    const judgement = classifyStance(claim, statement, similarity(claim, statement, referenceIdf));
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons[0]?.detail).toContain('Okafor');
  });
});

describe('two officials of one side', () => {
  it('are two speakers, and a nationality in a title is no mention of the speaker', () => {
    const claim = analyze(
      'Norwegian harbour minister Kari Lund told reporters that the ferry contract had been signed on Monday.',
    );
    const statement = analyze(
      'Norwegian transport secretary Ola Berg told reporters that the ferry contract had been signed on Monday.',
    );
    expect(differentSpeakers(claim, statement)).toEqual({
      claim: 'Norwegian harbour minister Kari Lund',
      statement: 'Norwegian transport secretary Ola Berg',
    });
  });

  it('are one speaker with the side they speak for', () => {
    const claim = analyze('Norway told reporters that the ferry contract had been signed on Monday.');
    const statement = analyze(
      'Norwegian transport secretary Ola Berg told reporters that the ferry contract had been signed on Monday.',
    );
    expect(differentSpeakers(claim, statement)).toBeNull();
  });
});

describe('a saying pronoun', () => {
  it('"he" or "she" stands for no place named before it', () => {
    expect(speaker('In Norway, she told the council that the ferry would keep running.')).toBeNull();
    expect(
      speaker('Nothing has been planned for the two captains, formal vote or otherwise, she said.'),
    ).toBeNull();
    expect(speaker('Talking to reporters, he said the ferry would keep running.')).toBeNull();
    // Nor a word of time or manner the sentence opens on.
    expect(
      speaker('Earlier, in Bergen, she had told the council that the ferry would keep running.'),
    ).toBeNull();
    expect(speaker('Yesterday, he told the council that the ferry would keep running.')).toBeNull();
    // Nor a name after a preposition: where, or with whom.
    expect(
      speaker(
        'Tonight the mayor is touring the coast, and aboard Sea Queen Two she told the crew it would stay.',
      ),
    ).toBeNull();
    expect(speaker('Berg was blunt in Oslo: "We want the cranes back," she told the council.')).toBe('Berg');
  });
});

describe('another name of a party', () => {
  it("is no rival where the statement's article names the party in full with it", () => {
    const before = analyze('Norwegian Prime Minister Kristoffer Dahl arrived in Bergen on Friday.');
    const statement = analyze(
      'Aide Ola Berg told state radio that Dahl and Lund would meet on the quay on Friday, the time already agreed.',
    );
    const claim = analyze(
      'Aide Ola Berg told state radio that Kris and Lund would meet on the quay on Friday, the time already agreed.',
    );
    const sim = similarity(claim, statement, referenceIdf);
    expect(classifyStance(claim, statement, sim, { previous: () => before })?.stance).toBe('agree');
    // Without the article, "Kris" is another person in Dahl's place.
    expect(classifyStance(claim, statement, sim)?.stance).toBe('conflict');
  });

  it('is not read past the end of a sentence a quotation holds', () => {
    expect(
      titled('Lund', [
        analyze(
          '"The board pressed Mayor Lund on the deal regarding Danish involvement. Mayor Lund denied it," Berg said.',
        ),
      ]),
    ).toBe('Mayor Lund');
  });
});
