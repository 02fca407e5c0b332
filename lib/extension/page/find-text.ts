/**
 * Finds one claim's text in the page at once: for a short page or a single look-up. The sidebar's marks
 * place a whole report in slices instead (place-claims.ts); both read the page and compare text the same
 * way (text-map.ts, fold-text.ts, locate-text.ts).
 */
import { foldText } from './fold-text';
import { locate } from './locate-text';
import { collectTextNow, positionOf, type TextPosition } from './text-map';

export type { TextPosition } from './text-map';

/** The text as compared: lower case, straight quotes, plain hyphens, no whitespace. */
export const foldForSearch = foldText;

/** Where `claim` (or, failing that, its beginning) is in the text under `root`; null when it is not found. */
export function findText(root: Node, claim: string): TextPosition | null {
  const needle = foldText(claim);
  if (needle === '') return null;
  const map = collectTextNow(root);
  const found = locate(map.text, needle);
  return found ? positionOf(map, found.start, found.end) : null;
}
