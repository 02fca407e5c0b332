/**
 * A title for an article whose data has none. The first line is taken when it reads like a headline;
 * otherwise the first sentence, shortened. Nothing is invented: every word comes from the text.
 */

/** A headline is short: longer first lines are a lede paragraph, not a title. */
const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 160;
/** Lines with fewer real words are captions and labels ("Photo", "1 / 5"), not headlines. */
const HEADLINE_MIN_WORDS = 2;
/** How much of the first sentence a title keeps when no line looks like a headline. */
const SENTENCE_TITLE_WORDS = 12;

/** Lines that open many saved articles but say nothing about them. */
const BOILERPLATE = [
  /^(story )?highlights$/i,
  /^key (points|takeaways)$/i,
  /^(advertisement|supported by|breaking news|read more|skip to (main )?content)$/i,
  /^(share|share this( article| story)?|listen to (this )?(article|story))$/i,
  /^(updated|published|posted)\b.*\d/i,
  /^[Bb]y [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3}( and [A-Z].*)?$/,
];

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line));
}

/** A dateline or lead-in ("Da Nang, Vietnam CNN —", "WASHINGTON:") ends in a dash or colon. */
function isLeadIn(line: string): boolean {
  return /[—–:-]$/.test(line);
}

/** A caption or label ("Photo", "1 / 5") opening the text is no title. */
function isLabel(line: string): boolean {
  return (line.match(/\p{L}{2,}/gu) ?? []).length < HEADLINE_MIN_WORDS;
}

function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= HEADLINE_MAX_WORDS && line.length <= HEADLINE_MAX_CHARS && !/\.$/.test(line);
}

/**
 * The first sentence: ends at . ! or ? followed by a capital. The period must follow a lower-case
 * word of two letters or more, so "U.S. officials" and initials do not end it.
 */
function firstSentence(paragraph: string): string {
  const end = paragraph.search(/(?<=[a-z0-9]{2}[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/);
  return end === -1 ? paragraph : paragraph.slice(0, end);
}

function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= SENTENCE_TITLE_WORDS) return sentence.replace(/[.]$/, '');
  return `${words
    .slice(0, SENTENCE_TITLE_WORDS)
    .join(' ')
    .replace(/[\s,;:—–-]+$/, '')}…`;
}

/** Title from an article's paragraphs (already cleaned, one per entry). Empty only when there is no text. */
export function deriveTitle(paragraphs: readonly string[]): string {
  const first =
    paragraphs.find(
      (paragraph) => !isBoilerplate(paragraph) && !isLeadIn(paragraph) && !isLabel(paragraph),
    ) ?? paragraphs[0];
  if (first === undefined) return '';
  return looksLikeHeadline(first) ? first : shorten(firstSentence(first));
}
