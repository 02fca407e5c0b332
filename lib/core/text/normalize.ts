/**
 * What the folding below can change: anything beyond printable ASCII, or a run of spaces. Most corpus
 * sentences have neither and skip the Unicode normalisation and the five passes.
 */
const NEEDS_FOLDING = /[^\x20-\x7E]| {2}/;

/**
 * Folds the typographic variety of web text into one form so that tokens compare equal:
 * curly quotes, dashes, non-breaking and zero-width spaces.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.trim();
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, (dash) =>
      dash === '\u2010' || dash === '\u2011' ? '-' : ' - ',
    )
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** Paragraphs of a text: blank-line separated, or one per line when the text has no blank lines. */
export function splitParagraphs(text: string): string[] {
  const unified = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(unified) ? unified.split(/\n[ \t]*\n+/) : unified.split('\n');
  return blocks.map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter((block) => block.length > 0);
}
