/** Takes the reader to a claim in the page: scrolls it into view and selects it, changing no DOM. */
import { findText } from './find-text';

/** Returns whether the claim was found. */
export function showInPage(claim: string): boolean {
  const position = findText(document.body, claim);
  if (!position) return false;
  const range = document.createRange();
  range.setStart(position.startNode, position.startOffset);
  range.setEnd(position.endNode, position.endOffset);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  position.startNode.parentElement?.scrollIntoView({
    block: 'center',
    behavior: reduceMotion ? 'auto' : 'smooth',
  });
  // The selection marks the sentence without touching the page's markup.
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
