/**
 * Which marked claim a click in the page landed on. Highlights are not elements, so the click's target
 * says nothing: the text position under the pointer is asked of the browser and tested against the claims'
 * ranges, then confirmed against the boxes the range occupies (a click in the margin beside a line's end
 * also resolves to a text position).
 */

export interface ClaimRange {
  id: string;
  range: Range;
}

/** Slack around a line box, in CSS pixels, for a click on the edge of a letter. */
const EDGE_PX = 2;

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Older Chromium has only the non-standard form.
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function inBoxes(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (
      x >= box.left - EDGE_PX &&
      x <= box.right + EDGE_PX &&
      y >= box.top - EDGE_PX &&
      y <= box.bottom + EDGE_PX
    )
      return true;
  }
  return false;
}

/** The id of the claim drawn at viewport point (x, y), or null. */
export function claimAtPoint(
  doc: Document,
  x: number,
  y: number,
  claims: readonly ClaimRange[],
): string | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const { id, range } of claims) {
    try {
      if (range.collapsed || !range.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      // A position in another document or a doctype: not in any claim.
      continue;
    }
    if (inBoxes(range, x, y)) return id;
  }
  return null;
}
