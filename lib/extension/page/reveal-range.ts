/** Scrolls the page so that a range of its text is in the middle of the view. Changes no DOM. */

const SCROLLABLE = /(auto|scroll|overlay)/;
/** Share of the view above which a claim counts as tall. */
const TALL_SHARE = 0.8;
/** Room left above a tall claim, for sticky page headers. */
const TOP_MARGIN_PX = 80;

/** The nearest ancestor of `element` that scrolls its own content, other than the page itself. */
function innerScroller(element: Element | null, win: Window): Element | null {
  const root = element?.ownerDocument.scrollingElement;
  for (
    let current = element;
    current && current !== root && current.parentElement;
    current = current.parentElement
  ) {
    const style = win.getComputedStyle(current);
    if (SCROLLABLE.test(style.overflowY) && current.scrollHeight > current.clientHeight) return current;
  }
  return null;
}

export function revealRange(range: Range, win: Window = window): void {
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reduceMotion ? 'auto' : 'smooth';
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  if (innerScroller(element, win)) {
    // A claim in a scrolling box of the page: the box and the page both have to move.
    element?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const rect = range.getBoundingClientRect();
  // A claim taller than most of the view is shown from its start rather than from its middle.
  const offset =
    rect.height > win.innerHeight * TALL_SHARE ? TOP_MARGIN_PX : win.innerHeight / 2 - rect.height / 2;
  win.scrollTo({ top: win.scrollY + rect.top - offset, behavior });
}
