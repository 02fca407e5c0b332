/**
 * Whether a page is too large to read, and by how much, measured before Readability runs. `extractArticle`
 * refuses such a page too (it guards every caller, the CLI included), but says only "no article"; measured
 * here first, the reader is told why nothing was checked and the page pays for the measure once.
 */
import { PAGE_LIMITS } from '../../core/page-limits';
import type { PageTooLarge } from '../shapes';

export { PAGE_LIMITS };

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
