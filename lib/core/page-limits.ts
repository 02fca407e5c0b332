/**
 * The size past which a document is a data dump or a trap, not an article: Readability on it would hold the
 * page's main thread for seconds (measured in Chromium: 1.2 s on 20 MB of text, 1.5 s on 100,000
 * paragraphs, 2.6 s on 2,000 nested levels). 5 MB of text is about twenty novels, and the most the
 * background accepts in one message.
 */
export const PAGE_LIMITS = {
  /** Characters of visible text. */
  chars: 5_000_000,
  /** A long news page has a few thousand elements; a hundred thousand is a generated or hostile page. */
  elements: 50_000,
  /** Real pages nest a few dozen levels; Readability's ancestor walks grow with the square of the depth. */
  depth: 500,
} as const;
