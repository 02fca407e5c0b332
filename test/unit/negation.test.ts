import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/core/match/analyze';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';
import { classifyStance } from '../../lib/core/stance/classify-stance';
import { isHypothetical, isQuestioned, negatedStems, negationReach } from '../../lib/core/stance/negation';
import { stemWord } from '../../lib/core/text/tokenize';
import { judge } from '../support/judge';

const negated = (text: string) => negatedStems(analyze(text));
const stem = (word: string) => stemWord(word);

describe('negation scope', () => {
  it('reaches the verb and its object', () => {
    const stems = negated('Trump and Putin will not hold a formal meeting in Danang.');
    expect(stems).toContain(stem('formal'));
    expect(stems).toContain(stem('meeting'));
  });

  it('reaches back only from "never" and "off"', () => {
    expect(negated('A formal meeting never happened.')).toContain(stem('meeting'));
    // Not when the verb after "never" has an object: that is what it denies.
    const transitive = negated('The two presidents never held a formal meeting.');
    expect(transitive).toContain(stem('meeting'));
    expect(transitive).not.toContain(stem('presidents'));
    expect(negated('The formal meeting was off.')).toContain(stem('meeting'));
    expect(negated('The formal meeting did not end early.')).not.toContain(stem('meeting'));
  });

  it('reaches the object of "head off", "ward off", but not a way "headed off" to', () => {
    expect(negated('The pact sets up a hotline to head off clashes between the two navies.')).toContain(
      stem('clashes'),
    );
    expect(negated('The mayor warded off a strike by the bus drivers.')).toContain(stem('strike'));
    expect(negated('After the talks the minister headed off to Lisbon for the summit.')).not.toContain(
      stem('Lisbon'),
    );
  });

  it('stops at punctuation', () => {
    expect(negated('They did not meet, and signed a statement instead.')).not.toContain(stem('signed'));
  });

  it('leaves an embedded question or a reported clause open', () => {
    expect(negated("Tillerson didn't say whether Trump accepted his denial.")).not.toContain(
      stem('accepted'),
    );
    expect(negated('Sanders did not say that the meeting was cancelled.')).not.toContain(stem('cancelled'));
    // "that" as a determiner is no clause: the negation still reaches the noun.
    expect(negated('The two did not hold that summit dinner.')).toContain(stem('summit'));
  });

  it('reads "no longer" as one negator of the verb after it', () => {
    expect(negated('The ferry would no longer be sailing to Oslo after March.')).toEqual(
      new Set([stem('sailing')]),
    );
  });

  it('reaches the words right after it, and through a light verb to its object', () => {
    const unanswered = negated('US officials did not respond to repeated requests for comment.');
    expect(unanswered).toContain(stem('respond'));
    // The requests were made: only the response is denied.
    expect(unanswered).not.toContain(stem('repeated'));
    expect(negated('Trump and Putin did not shake hands.')).toEqual(new Set([stem('shake'), stem('hands')]));
    const formal = negated('The two will not hold a formal meeting at the summit.');
    expect(formal).toContain(stem('formal'));
    expect(formal).toContain(stem('meeting'));
    expect(formal).not.toContain(stem('summit'));
  });
});

describe('an alternative set aside', () => {
  it('denies what follows "rather than" and "instead of", and nothing at the start of a sentence', () => {
    expect(
      negated('The mayor called the plan a burden rather than the remedy it promised.').has(stem('remedy')),
    ).toBe(true);
    expect(negated('The council chose a bus lane instead of a tram line.').has(stem('tram'))).toBe(true);
    expect([...negated('Council members approved the new tram line.')]).toEqual([]);
  });
});

describe('a question the sentence quotes', () => {
  it('asserts nothing up to its question mark, and a sentence before it is asserted', () => {
    expect(
      isHypothetical(
        analyze(
          '"When the two mayors meet, is there something worth signing? No decision has been made," Lund said.',
        ),
        stem('meet'),
      ),
    ).toBe(true);
    expect(isHypothetical(analyze('The two mayors meet on Friday. Is there a deal?'), stem('meet'))).toBe(
      false,
    );
  });
});

describe('words that qualify one noun', () => {
  it('are all denied over the comma between them, and a comma after a noun still ends the reach', () => {
    const listed = negated('There was no scheduled, formal treaty signing at the harbour fair.');
    expect(listed.has(stem('formal'))).toBe(true);
    expect(listed.has(stem('treaty'))).toBe(true);
    expect(negated('There will be no treaty, formal talks are still planned.').has(stem('formal'))).toBe(
      false,
    );
  });
});

describe('what did not happen', () => {
  it('is the head of the subject, past the names after it', () => {
    const reached = negated(
      'Despite weeks of talk, a formal treaty between Norway and Iceland never took place at the summit.',
    );
    expect(reached.has(stem('treaty'))).toBe(true);
    expect(reached.has(stem('formal'))).toBe(true);
    // Its clause starts after "that": the one who says it is no part of it.
    expect(
      negated('Berg stated that a treaty with Iceland would not happen this year.').has(stem('Berg')),
    ).toBe(false);
    expect(
      negated('Berg stated that a treaty with Iceland would not happen this year.').has(stem('treaty')),
    ).toBe(true);
  });
});

describe('hypothetical', () => {
  it('reads planned or questioned words as not asserted', () => {
    expect(isHypothetical(analyze('The two leaders could meet on Saturday.'), stem('meet'))).toBe(true);
    expect(isHypothetical(analyze('The two leaders met on Saturday.'), stem('met'))).toBe(false);
    // Put in question: "the question of a formal meeting".
    const question = analyze('Pundits argued over the question of a formal meeting between the two mayors.');
    expect(isHypothetical(question, stem('meeting'))).toBe(true);
  });
});

describe('a negation after a contrast', () => {
  it('leaves what came before the contrast asserted: "had been signed but would not take effect"', () => {
    const claim = analyze('The harbour deal had been signed but would not take effect until the spring.');
    const statement = analyze(
      'The harbour deal was never signed, and it will not take effect until the spring.',
    );
    expect(negationReach(claim)).not.toContain(stem('signed'));
    expect(classifyStance(claim, statement, similarity(claim, statement, referenceIdf))?.stance).toBe(
      'conflict',
    );
  });
});

describe('a negation said of people the other side never names', () => {
  const judge = (claimText: string, statementText: string) => {
    const claim = analyze(claimText);
    const statement = analyze(statementText);
    const weightOf = (s: string) => referenceIdf(s);
    return classifyStance(claim, statement, similarity(claim, statement, weightOf));
  };
  const reasonKinds = (claimText: string, statementText: string) =>
    judge(claimText, statementText)?.reasons.map((reason) => reason.kind) ?? [];

  it('is no contradiction when they are named in full and the other side names none of them', () => {
    expect(
      reasonKinds(
        'The investigation brought charges against aides Paul Manafort and Rick Gates, who have pleaded not guilty to the charges.',
        'The investigation has brought charges against two aides so far, as well as a guilty plea to the charges.',
      ),
    ).not.toContain('negation');
  });

  it('still contradicts when the other side names them, or speaks of them without names', () => {
    expect(
      reasonKinds(
        'The investigation brought charges against aides Paul Manafort and Rick Gates, who have pleaded not guilty to the charges.',
        'The investigation brought charges against Manafort and Gates, who have pleaded guilty to the charges.',
      ),
    ).toContain('negation');
    expect(
      reasonKinds(
        'Trump and Putin did not shake hands when they stood side by side for the group photo on Friday.',
        'The two men shook hands as they stood side by side for the group photo on Friday.',
      ),
    ).toContain('negation');
  });

  it('still contradicts when the other side takes them up as both of a pair', () => {
    const named =
      'The league fined the strikers Ana Lima and Rui Costa, who have pleaded not guilty to the charges.';
    expect(reasonKinds('Both players have since pleaded guilty to the charges.', named)).toContain(
      'negation',
    );
    expect(reasonKinds('A third player has since pleaded guilty to the charges.', named)).not.toContain(
      'negation',
    );
  });
});

describe('a denied sign of something', () => {
  it('denies what it would be a sign of, past the clause subject and its auxiliary', () => {
    expect(negated('The audit found no evidence that the council had diverted the flood funds.')).toContain(
      stemWord('diverted'),
    );
    expect(negated('There was no sign that the ferry strike would end this week.')).toContain(
      stemWord('end'),
    );
    // Not the clause's subject, and not a word after a noun that is no sign ("no doubt that" affirms).
    expect(negated('There was no sign that the ferry strike would end this week.')).not.toContain(
      stemWord('strike'),
    );
    expect(negated('There is no doubt that the council diverted the funds.')).not.toContain(
      stemWord('diverted'),
    );
  });

  it('makes a conflict with the clause asserted', () => {
    const claim = analyze(
      'The audit found no evidence that the council had diverted the flood funds to the stadium.',
    );
    const statement = analyze('Auditors concluded that the council diverted the flood funds to the stadium.');
    expect(classifyStance(claim, statement, similarity(claim, statement, referenceIdf))?.stance).toBe(
      'conflict',
    );
  });
});

describe('a question with a clause set off inside it', () => {
  it('holds the words after the clause in question too', () => {
    const sentence = analyze(
      'The council asked whether, once the bridge reopens, the ferry will keep running.',
    );
    expect(isQuestioned(sentence, stemWord('running'))).toBe(true);
    expect(isQuestioned(sentence, stemWord('reopens'))).toBe(true);
    // A pause that closes the question ends it.
    const closed = analyze(
      'The council asked whether the ferry will keep running, and the mayor closed the pier.',
    );
    expect(isQuestioned(closed, stemWord('closed'))).toBe(false);
  });
});

describe('a verb denied against the noun of its act', () => {
  it('"failed to agree" conflicts with "reached agreement"', () => {
    const judgement = judge(
      'The two unions failed to agree on new rules for the night ferries.',
      'The two unions reached agreement on new rules for the night ferries.',
    );
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons[0]?.kind).toBe('negation');
  });

  it("does not tie one act to another verb: the mayor's denial is not the denial confirmed", () => {
    const judgement = judge(
      "The report that the mayor had accepted the captain's denial was quickly confirmed by a harbour official.",
      'The report was quickly denied by a harbour official.',
    );
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons.map((r) => r.kind)).toContain('antonym');
  });
});

describe('a passive denial', () => {
  it('"were denied access" denies the access, "was denied by an official" denies nothing of the official', () => {
    expect(negated('Reporters on the ferry were denied access to the bridge.')).toContain(stemWord('access'));
    expect(negated('The report was denied by a harbour official.')).not.toContain(stemWord('official'));
    expect(
      judge(
        'Reporters travelling with the mayor were denied access to all the harbour events she attended.',
        'Reporters travelling with the mayor were not granted access to any of the harbour events she attended.',
      )?.stance,
    ).toBe('agree');
  });
});

describe('all of a thing against none of it', () => {
  const statement =
    'Reporters travelling with the mayor were not granted access to any of the harbour events she attended.';

  it('conflicts: "every single event" / "not … any of the events"', () => {
    const judgement = judge(
      'Reporters travelling with the mayor were waved into every single harbour event she attended.',
      statement,
    );
    expect(judgement?.stance).toBe('conflict');
    expect(judgement?.reasons[0]?.detail).toContain('every one');
  });

  it('reads no claim of all where all is kept out of or denied', () => {
    for (const claim of [
      'Reporters travelling with the mayor were kept out of every harbour event she attended.',
      'Reporters travelling with the mayor were denied access to all the harbour events she attended.',
    ]) {
      expect(judge(claim, statement)?.stance).toBe('agree');
    }
  });

  it('reads no claim of all where "were" is left out before "denied"', () => {
    const reasons = (claim: string) =>
      judge(claim, statement)
        ?.reasons.map((r) => r.detail)
        .join('; ') ?? '';
    expect(
      reasons(
        'The press pack never got in, with reporters travelling with the mayor denied access to every harbour event she attended.',
      ),
    ).not.toContain('every one');
    expect(
      reasons(
        'The press pack got in, with reporters travelling with the mayor waved into every harbour event she attended.',
      ),
    ).toContain('every one');
  });
});

describe('"nothing, X or otherwise"', () => {
  it('denies what the aside names, after "nothing" or later in its sentence, not past a stop', () => {
    expect(negated('The council said that nothing, formal vote or otherwise, had been planned.')).toContain(
      stemWord('vote'),
    );
    expect(
      negated('Nothing has been planned for the two captains, formal vote or otherwise, she said.'),
    ).toContain(stemWord('vote'));
    expect(negated('Nothing changed; talks, formal or otherwise, went on.')).not.toContain(
      stemWord('formal'),
    );
  });
});

describe('"nothing to do with"', () => {
  it('says two things are unrelated, and denies neither', () => {
    expect(negated('The fines have nothing to do with the ferry contract.')).not.toContain(stemWord('ferry'));
    expect(negated('The charges have nothing to do with the campaign.')).not.toContain(stemWord('campaign'));
  });
});
