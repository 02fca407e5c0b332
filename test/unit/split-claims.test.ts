import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusStatements, splitClaims } from '../../lib/core/claims/split-claims';

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

  it('keeps a question quoted after a colon or a comma: someone is reported asking it', () => {
    const texts = (text: string) => splitClaims(text).map((claim) => claim.text);
    expect(
      texts("The harbour master replied: 'Is there enough crew to sail the ferry tonight?'"),
    ).toHaveLength(1);
    expect(
      texts('The mayor asked, "Will the ferry sail before the storm reaches the harbour?"'),
    ).toHaveLength(1);
    expect(texts('"Will the ferry sail before the storm reaches the harbour tonight?"')).toEqual([]);
    expect(texts('Will the ferry sail before the storm reaches the harbour, the mayor asked?')).toEqual([]);
    // Unquoted after a colon, the clause before it naming who asked it; not a label's question.
    expect(
      texts("Here's how the harbour master Ada Eze put it: is there enough crew to sail the ferry tonight?"),
    ).toHaveLength(1);
    expect(texts('Question of the day: will the ferry sail before the storm reaches the harbour?')).toEqual(
      [],
    );
  });

  it('strips a dateline from the first sentence', () => {
    const [claim] = splitClaims(
      'WASHINGTON (AP) — The Senate passed the budget bill by 51 votes to 49 on Tuesday.',
    );
    expect(claim?.text).toBe('The Senate passed the budget bill by 51 votes to 49 on Tuesday.');
    // Plain-text wires write the dash as two hyphens.
    const [plain] = splitClaims('OSLO -- The Storting passed the ferry bill by 90 votes to 79 on Tuesday.');
    expect(plain?.text).toBe('The Storting passed the ferry bill by 90 votes to 79 on Tuesday.');
    // With the day it was filed: the day the story was written, not one of its facts.
    const [filed] = splitClaims(
      'BERGEN, Nov. 14 -- The council passed the ferry bill by 9 votes to 7 on Monday.',
    );
    expect(filed?.text).toBe('The council passed the ferry bill by 9 votes to 7 on Monday.');
    const [full] = splitClaims(
      'BERGEN, Norway, November 14, 2017 (NTB) - The council passed the ferry bill by 9 votes to 7 on Monday.',
    );
    expect(full?.text).toBe('The council passed the ferry bill by 9 votes to 7 on Monday.');
  });

  it("strips a transcript's speaker label in capitals, and keeps a sentence that opens on a named source", () => {
    const claims = splitClaims(
      'TOM REILLY, ANCHOR: The talks in Oslo were short and looked tense, with both ministers talking.\n\n' +
        'FLASH: Harbour strike in Bergen ends after three days of talks.\n\n' +
        'US officials: the two ministers will not meet at the Oslo talks this week.',
    ).map((claim) => claim.text);
    expect(claims).toEqual([
      'The talks in Oslo were short and looked tense, with both ministers talking.',
      'Harbour strike in Bergen ends after three days of talks.',
      'US officials: the two ministers will not meet at the Oslo talks this week.',
    ]);
  });

  it("strips a live blog entry's time, and keeps times within a sentence", () => {
    const claims = splitClaims(
      [
        '08:20 \u2014 The mayor says the bridge will not reopen before the spring thaw in Riga.',
        '10.45am: Ferry crews in Tallinn voted to end their strike after three days.',
        '12:36 GMT - Two of the four runways at the airport were closed for repairs on Monday.',
        'The council will vote at 10:30 on whether to close the old harbour road for good.',
      ].join('\n\n'),
    ).map((claim) => claim.text);
    expect(claims).toEqual([
      'The mayor says the bridge will not reopen before the spring thaw in Riga.',
      'Ferry crews in Tallinn voted to end their strike after three days.',
      'Two of the four runways at the airport were closed for repairs on Monday.',
      'The council will vote at 10:30 on whether to close the old harbour road for good.',
    ]);
  });

  it("strips a thread post's number", () => {
    const claims = splitClaims(
      '11/ The harbour board had also just fined two ferry operators for late sailings.\n\n' +
        'Of the 12 ferries, 3/4 of them sailed late on Monday, the board said.',
    ).map((claim) => claim.text);
    expect(claims).toEqual([
      'The harbour board had also just fined two ferry operators for late sailings.',
      'Of the 12 ferries, 3/4 of them sailed late on Monday, the board said.',
    ]);
  });

  it('keeps the start of a sentence that opens on an aside between dashes', () => {
    const sentences = [
      "Though he doesn't eat much halibut - he's got a freezer full of it - Bassi keeps an eye on the price.",
      'The crew - three family members and a father-and-son team - loaded up the Polaris on Monday.',
      'Da Nang, Vietnam (CNN) - Leaders of twenty-one economies met at the summit on Friday.',
      'NEW YORK - Shares of the retailer rose by 12 percent in early trading on Monday.',
    ];
    expect(splitClaims(sentences.join('\n\n')).map((c) => c.text)).toEqual([
      sentences[0],
      sentences[1],
      'Leaders of twenty-one economies met at the summit on Friday.',
      'Shares of the retailer rose by 12 percent in early trading on Monday.',
    ]);
  });

  it('drops skip links, correction notes, bylines, contributor, photo credit and all-capitals lines and cited works', () => {
    const text = [
      'Continue reading the main story',
      'This version corrects the spelling of the region to Tuva, not Tyva.',
      'Aerospace Writer Marcia Dunn in Cape Canaveral contributed to this report.',
      'Reporters in Moscow and Kyzyl contributed reporting from the region.',
      'Top photo by Joan Bardeletti for the Energy Control lab in Barcelona.',
      'LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR',
      'Tuesday 15 October 2019 by Bradley M. Kuhn',
      'Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.',
      '^ Festa, Paul (May 6, 2003). "Mozilla releases the new roadmap for developers".',
      'The cargo ship broke up over Siberia minutes after the launch on Thursday.',
    ].join('\n\n');
    expect(splitClaims(text).map((c) => c.text)).toEqual([
      'The cargo ship broke up over Siberia minutes after the launch on Thursday.',
    ]);
  });

  it('drops a line labelled "Photo:" or "Video -", and keeps one opening on a word joined by a hyphen', () => {
    const text = [
      'Photo: Reuters shows the two captains on the quay in Bergen today.',
      'Video - the two captains shake hands on the quay in Bergen.',
      'Photo-op watch: the two captains were seen chatting on the quay in Bergen on Sunday.',
      'Video-game sales fell by a third in Norway last year, the ministry said.',
    ].join('\n\n');
    expect(splitClaims(text).map((c) => c.text)).toEqual([
      'Photo-op watch: the two captains were seen chatting on the quay in Bergen on Sunday.',
      'Video-game sales fell by a third in Norway last year, the ministry said.',
    ]);
  });

  it('joins a short sentence all in quotation to the statement before it, for a corpus only', () => {
    const text = [
      '"Will the harbour ferry line reopen this winter?" Lind said. "No decision has been made on that."',
      '"Not yet."',
      'The harbour board met on Monday to discuss the ferry line.',
    ].join('\n\n');
    expect(corpusStatements(text).map((c) => c.text)).toEqual([
      '"Will the harbour ferry line reopen this winter?" Lind said. "No decision has been made on that."',
      'The harbour board met on Monday to discuss the ferry line.',
    ]);
    // A page's claims stay one sentence each: each is marked where it stands.
    expect(splitClaims(text).map((c) => c.text)).toEqual([
      '"Will the harbour ferry line reopen this winter?" Lind said.',
      'The harbour board met on Monday to discuss the ferry line.',
    ]);
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
