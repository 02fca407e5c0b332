import { sentenceSegments } from './sentence-breaks';

/**
 * Sentence splitting: the Unicode sentence-break rules (sentence-breaks.ts for plain text, else
 * Intl.Segmenter, in every engine the extension and the CLI run on) do the work; two repairs make them fit
 * news text:
 * - a break after a known abbreviation ("Mr.", "Gen.", "Jan.") or a middle initial is undone;
 * - a quotation that spans sentences stays whole until its closing mark, within a bound;
 * - a quoted question or exclamation goes on when the words after it do not start a sentence ("“Why?” he
 *   asked.", "“Why?” Tillerson asked.");
 * - a dotted acronym goes on unless a sentence starts after it ("the U.S. Army").
 */

/** Abbreviations that end with a full stop but rarely end a sentence in news text. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm cmdr rev st jr sr mt ft no vs etc inc corp co ' +
    'ltd dept univ jan feb mar apr jun jul aug sep sept oct nov dec est approx fig ave blvd'
  ).split(' '),
);

/** A quotation is not held open across more sentences than this: a lost closing mark must not eat a paragraph. */
const MAX_QUOTE_SENTENCES = 4;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** One letter (a UTF-16 unit: the abbreviations and initials looked for are all in the BMP). */
const LETTER = /\p{L}/u;

function endsWithAbbreviation(segment: string): boolean {
  // The last word before a final full stop, found from the end: a regex anchored only at the end would be
  // tried at every position of the segment.
  const end = segment.trimEnd();
  if (!end.endsWith('.')) return false;
  let start = end.length - 1;
  while (start > 0 && LETTER.test(end[start - 1] as string)) start--;
  if (start === end.length - 1 || (start > 0 && !/[\s(]/.test(end[start - 1] as string))) return false;
  const word = end.slice(start, -1);
  // A single capital ("John F. Kennedy") is an initial; "U.S." style acronyms are handled by the segmenter.
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/**
 * Most sentences hold no quotation mark: they are not walked character by character. An apostrophe between
 * two letters ("Putin's", "won't") is none.
 */
const QUOTE_MARK = /["\u201C\u201D\u2018]|(?<![\p{L}\p{N}])['\u2019]|['\u2019](?![\p{L}\p{N}])/u;

/** Which quotation is open: none, one in double marks, or one in single marks ('…', as British outlets quote). */
type QuoteState = 'none' | 'double' | 'single';

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Which quotation is still open after `text`, given the one open before it. A single mark opens only where no
 * letter stands before it and a letter follows ('Why …; not "the '90s"), and closes only where none follows
 * (… me?'), so that the apostrophes of "Putin's" and "won't" are none.
 */
function quoteBalance(text: string, open: QuoteState): QuoteState {
  if (!QUOTE_MARK.test(text)) return open;
  let inside = open;
  const chars = [...text];
  chars.forEach((char, i) => {
    if (char === '\u201C') inside = 'double';
    else if (char === '\u201D') inside = 'none';
    else if (char === '"') inside = inside === 'double' ? 'none' : 'double';
    else if (char === "'" || char === '\u2018' || char === '\u2019') {
      const [before, after] = [chars[i - 1], chars[i + 1]];
      if (inside === 'none' && char !== '\u2019' && !isWordChar(before) && /\p{L}/u.test(after ?? ''))
        inside = 'single';
      else if (
        inside === 'single' &&
        char !== '\u2018' &&
        !isWordChar(after) &&
        before !== undefined &&
        !/\s/.test(before)
      )
        inside = 'none';
    }
  });
  return inside;
}

/** A dotted acronym at the end: "U.S.", "U.N.", "p.m.". */
const ACRONYM_TAIL = 16;
const DOTTED_ACRONYM = /(?:^|[\s(])(?:\p{L}\.){2,}\s*$/u;
/** Words that start a new sentence; any other start after a dotted acronym continues it ("U.S. Army"). */
const SENTENCE_OPENERS = new Set(
  (
    'the a an it its he she they we i you his her their our this that these those there here but and or so ' +
    'yet in on at for as if when while after before since then however meanwhile also still now what who ' +
    'how why where no not one some many most all both each with according by from to during despite although ' +
    'though is was are were'
  ).split(' '),
);

/**
 * Whether a break after a dotted acronym is no sentence end: the next segment goes on the sentence ("the
 * U.S. Army", "8:51 p.m. (1451 GMT)") unless it opens with a word that starts sentences ("… in the U.S. It
 * was …"). The segmenter breaks before any capital after a full stop.
 */
function continuesAcronym(current: string, next: string | undefined): boolean {
  // Only the tail is looked at: an acronym is a few letters, and the sentence can be long.
  if (next === undefined || !DOTTED_ACRONYM.test(current.slice(-ACRONYM_TAIL))) return false;
  const first = /^\s*([\p{L}\p{N}(]+)/u.exec(next)?.[1];
  if (!first) return false;
  return first.startsWith('(') || !SENTENCE_OPENERS.has(first.toLowerCase());
}

/** A question or exclamation mark and the closing quotation marks after it, at the end. */
const QUOTED_QUESTION_END = /[?!][\u201D\u2019"']+\s*$/u;

/**
 * A name, with its role, and a verb of saying: "“Why?” Tillerson said", "“Really?” Vladimir Putin asked",
 * "“…?” White House press secretary Sarah Sanders said". It starts with a capitalised word that does not
 * open a sentence of its own ("“Why?” The president said nothing" is two).
 */
const NAMED_SPEAKER =
  /^\s*(?!(?:The|A|An|He|She|It|They|We|I|You|This|That|There|But|And)\b)\p{Lu}[\p{L}.'\u2019-]*(?:\s+[\p{L}.'\u2019-]+){0,7}?\s+(?:said|says|asked|asks|told|added|replied|wrote|tweeted|insisted|declared|snapped|noted)\b/u;

/**
 * Whether a break after a quoted question or exclamation is no sentence end: the rules break after "?" and
 * "!" whatever follows, but in "“Why?” he asked" the sentence goes on in lower case with who said it.
 */
function continuesQuote(current: string, next: string | undefined): boolean {
  if (next === undefined || !QUOTED_QUESTION_END.test(current.slice(-8))) return false;
  return /^\s*\p{Ll}/u.test(next) || NAMED_SPEAKER.test(next);
}

/** Splits one paragraph into sentences, trimmed, in order. */
export function splitSentences(paragraph: string): string[] {
  const raw = sentenceSegments(paragraph) ?? Array.from(segmenter.segment(paragraph), (part) => part.segment);
  const sentences: string[] = [];
  let current = '';
  let quoteOpen: QuoteState = 'none';
  let heldFor = 0;
  for (const [i, segment] of raw.entries()) {
    current += segment;
    const nextQuoteOpen = quoteBalance(segment, quoteOpen);
    const holdForQuote = nextQuoteOpen !== 'none' && heldFor < MAX_QUOTE_SENTENCES;
    quoteOpen = holdForQuote ? nextQuoteOpen : 'none';
    if (
      endsWithAbbreviation(current) ||
      continuesAcronym(current, raw[i + 1]) ||
      // The speaker after a quotation may run over a segment break of its own ("… H.R. McMaster said").
      continuesQuote(current, raw[i + 1] === undefined ? undefined : raw[i + 1] + (raw[i + 2] ?? '')) ||
      holdForQuote
    ) {
      if (holdForQuote) heldFor += 1;
      continue;
    }
    sentences.push(current.trim());
    current = '';
    heldFor = 0;
  }
  if (current.trim()) sentences.push(current.trim());
  return sentences.filter((sentence) => sentence.length > 0);
}
