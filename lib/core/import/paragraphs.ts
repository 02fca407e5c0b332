/**
 * Paragraph handling shared by every importer. A corpus article's text is its paragraphs separated by
 * one blank line, each paragraph on one line with its whitespace collapsed.
 */

/** True when the text separates paragraphs with blank lines; otherwise each line is a paragraph. */
export function hasBlankLines(text: string): boolean {
  return /\n[^\S\n]*\n/.test(text.replace(/\r\n?/g, '\n').trim());
}

/** One paragraph: lines joined, runs of whitespace (non-breaking spaces too) made one space. */
export function cleanParagraph(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits text into paragraphs: blank-line separated when the text has blank lines (wrapped lines are
 * joined), one paragraph per line when it has none.
 */
export function splitParagraphs(text: string, perLine = !hasBlankLines(text)): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const blocks = perLine ? normalized.split('\n') : normalized.split(/\n[^\S\n]*\n/);
  return blocks.map(cleanParagraph).filter((paragraph) => paragraph !== '');
}

/** Text in the corpus form: paragraphs separated by one blank line. */
export function normalizeParagraphs(text: string): string {
  return splitParagraphs(text).join('\n\n');
}
