import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../lib/core/text/normalize';
import { splitSentences } from '../../lib/core/text/split-sentences';

describe('splitSentences', () => {
  it('does not break after abbreviations, initials or decimals', () => {
    expect(splitSentences('The U.S. economy grew 3.5 percent last year. Mr. Smith disagreed.')).toEqual([
      'The U.S. economy grew 3.5 percent last year.',
      'Mr. Smith disagreed.',
    ]);
    expect(
      splitSentences('John F. Kennedy met Gen. Jones on Jan. 5 in Washington. He left at noon.'),
    ).toEqual(['John F. Kennedy met Gen. Jones on Jan. 5 in Washington.', 'He left at noon.']);
  });

  it('reads on after a dotted acronym unless a sentence starts there', () => {
    expect(splitSentences('The U.S. Army said so. Then it left.')).toEqual([
      'The U.S. Army said so.',
      'Then it left.',
    ]);
    expect(splitSentences('It happened at 8:51 p.m. (1451 GMT) on Friday. Police came.')).toEqual([
      'It happened at 8:51 p.m. (1451 GMT) on Friday.',
      'Police came.',
    ]);
    expect(splitSentences('The company is based in the U.S. It employs 300 people.')).toEqual([
      'The company is based in the U.S.',
      'It employs 300 people.',
    ]);
  });

  it('keeps a quotation that spans sentences in one piece', () => {
    const text = 'She added: “Now, they are in one place. Will they meet? Possibly.” Then she left the room.';
    expect(splitSentences(text)).toEqual([
      'She added: “Now, they are in one place. Will they meet? Possibly.”',
      'Then she left the room.',
    ]);
  });

  it('keeps a quotation in single marks in one piece, apostrophes aside', () => {
    expect(
      splitSentences(
        "Asked about the vote, the mayor snapped: 'Why are you asking me? Ask the council.' Then she left.",
      ),
    ).toEqual([
      "Asked about the vote, the mayor snapped: 'Why are you asking me? Ask the council.'",
      'Then she left.',
    ]);
    expect(
      splitSentences(
        "The council's vote won't come soon. The members' talks ended. In the '90s it grew. It shrank.",
      ),
    ).toEqual([
      "The council's vote won't come soon.",
      "The members' talks ended.",
      "In the '90s it grew.",
      'It shrank.',
    ]);
  });

  it('reads on after a quoted question or exclamation when the words after it are lower case', () => {
    expect(splitSentences('“But why make it worse?” he told me when I called. Then he left.')).toEqual([
      '“But why make it worse?” he told me when I called.',
      'Then he left.',
    ]);
    expect(splitSentences("It was 'awful!' she said, and wept.")).toEqual([
      "It was 'awful!' she said, and wept.",
    ]);
    // A capital after the quotation starts a sentence: "He" could be the next one.
    expect(splitSentences('"Is it true?" she asked. "Yes!" He nodded.')).toEqual([
      '"Is it true?" she asked.',
      '"Yes!"',
      'He nodded.',
    ]);
    // Without a quotation the question ends its sentence.
    expect(splitSentences('Will they meet? officials would not say.')).toHaveLength(2);
  });

  it('reads on after a quoted question when a name and a verb of saying follow', () => {
    expect(
      splitSentences('“Is there something sufficiently substantive?” Tillerson said. “No conclusion yet.”'),
    ).toEqual(['“Is there something sufficiently substantive?” Tillerson said.', '“No conclusion yet.”']);
    expect(splitSentences('"Why now?" Vladimir Putin asked reporters.')).toHaveLength(1);
    expect(splitSentences('"Is it enough?" National Security Adviser H.R. McMaster said.')).toHaveLength(1);
    // A capitalised sentence that is not who said it starts anew.
    expect(splitSentences('"Is it true?" Many officials doubted it.')).toHaveLength(2);
  });

  it('does not let an unclosed quotation swallow the paragraph', () => {
    const text = '“One. Two. Three. Four. Five. Six. Seven.';
    expect(splitSentences(text).length).toBeGreaterThan(1);
  });

  it('keeps a headline without a full stop as one sentence', () => {
    expect(
      splitSentences('Trump and Putin will not formally meet in Vietnam, the White House said'),
    ).toHaveLength(1);
  });
});

describe('splitParagraphs', () => {
  it('uses blank lines when there are any, single lines otherwise', () => {
    expect(splitParagraphs('One\nline.\n\nTwo.')).toEqual(['One line.', 'Two.']);
    expect(splitParagraphs('One.\nTwo.\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('keeps a quoted question with a speaker named with a role, and not with a new sentence', () => {
    expect(
      splitSentences('"Is there anything left to discuss?" Port authority spokesman Li Wen said. He left.'),
    ).toEqual(['"Is there anything left to discuss?" Port authority spokesman Li Wen said.', 'He left.']);
    expect(splitSentences('"Why?" The mayor said nothing more.')).toEqual([
      '"Why?"',
      'The mayor said nothing more.',
    ]);
  });
});
