/**
 * How large a page may be to be read as an article, and the one measure of it: the content script runs it
 * before sending the page anywhere (so the reader is told why nothing was checked), and `extractArticle`
 * runs it again for every other caller (the CLI). The size past which a document is a data dump or a trap, not an article: Readability on it would hold the
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

/** How far a page is past the limits: what the reader is told instead of a check. */
export interface PageTooLarge {
  reason: 'too-large';
  /** The limit it went past first. */
  limit: 'text' | 'elements' | 'depth';
  /** Characters of visible text; 0 when the text was not measured (another limit was hit first). */
  chars: number;
  /** Elements in the body, and how many of them are paragraphs (`<p>`). */
  elements: number;
  paragraphs: number;
}

/** Characters of text the reader does not see: inline scripts and styles (a framework's state can be MBs). */
function hiddenChars(body: Element): number {
  let hidden = 0;
  for (const element of Array.from(body.querySelectorAll('script, style, noscript'))) {
    hidden += element.textContent?.length ?? 0;
  }
  return hidden;
}

/** Whether any element is nested deeper than the limit; stops at the first such element. */
function tooDeep(body: Element): boolean {
  const stack: [Element, number][] = [[body, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    if (depth > PAGE_LIMITS.depth) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * The page's size when it is past a limit, otherwise null. Cheapest measure first: the element count is
 * the browser's own selector engine, the depth walk is bounded by the element limit, and the text (which
 * copies it all) comes last.
 */
export function pageTooLarge(body: Element): PageTooLarge | null {
  const elements = body.querySelectorAll('*').length + 1;
  const paragraphs = body.querySelectorAll('p').length;
  const past = (limit: PageTooLarge['limit'], chars = 0): PageTooLarge => ({
    reason: 'too-large',
    limit,
    chars,
    elements,
    paragraphs,
  });
  if (elements > PAGE_LIMITS.elements) return past('elements');
  if (tooDeep(body)) return past('depth');
  const chars = (body.textContent ?? '').length - hiddenChars(body);
  return chars > PAGE_LIMITS.chars ? past('text', chars) : null;
}
