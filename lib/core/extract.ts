import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleInput } from './types';

/** Readability's own test for "is this an article": chars of the longest paragraphs. */
const MIN_READERABLE_SCORE = 20;
/** Extracted text shorter than this is a teaser, a gallery or a link list, not an article to check. */
const MIN_ARTICLE_CHARS = 500;

/** Elements whose text is about the page, not the article's claims: captions, credits, asides. */
const NOT_CLAIMS = 'figcaption, [class*="caption" i], [class*="credit" i], aside, [role="complementary"]';
/** Blocks whose text Readability joins without a separator: each becomes its own paragraph. */
const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figure, div, section, article';

/** Text of Readability's content, one paragraph per block element, separated by blank lines. */
function paragraphsOf(root: Element): string {
  const paragraphs: string[] = [];
  const walk = (node: Element) => {
    if (!node.querySelector(BLOCKS)) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
      return;
    }
    let inline = '';
    for (const child of Array.from(node.childNodes)) {
      const element = child.nodeType === 1 ? (child as Element) : null;
      if (element && (element.matches(BLOCKS) || element.querySelector(BLOCKS))) {
        if (inline.trim()) paragraphs.push(inline.replace(/\s+/g, ' ').trim());
        inline = '';
        walk(element);
      } else {
        inline += child.textContent ?? '';
      }
    }
    if (inline.trim()) paragraphs.push(inline.replace(/\s+/g, ' ').trim());
  };
  walk(root);
  return paragraphs.join('\n\n');
}

function siteOf(doc: Document, url: string, siteName: string | null | undefined): string {
  if (siteName) return siteName;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return doc.location?.hostname ?? '';
  }
}

type Parsed = ReturnType<Readability<Element>['parse']>;

/**
 * Beyond these a document is a data dump or a trap, not an article, and Readability on it would hold the
 * page's main thread for seconds (measured in Chromium: 1.2 s on 20 MB of text, 1.5 s on 100,000
 * paragraphs, 2.6 s on 2,000 nested levels). 5 MB of text is about twenty novels, and the most the
 * background accepts in one message.
 */
const MAX_PAGE_CHARS = 5_000_000;
/** A long news page has a few thousand elements; a hundred thousand is a generated or hostile page. */
const MAX_PAGE_ELEMENTS = 50_000;
/** Real pages nest a few dozen levels; Readability's ancestor walks grow with the square of the depth. */
const MAX_PAGE_DEPTH = 500;

/** Whether the body is too large or too deep to read as an article; one pass, stopping at the first limit. */
function exceedsLimits(body: Element): boolean {
  // Inline scripts and styles are not text a reader sees; a framework's page state can run to megabytes.
  let hidden = 0;
  for (const element of Array.from(body.querySelectorAll('script, style, noscript'))) {
    hidden += element.textContent?.length ?? 0;
  }
  if ((body.textContent ?? '').length - hidden > MAX_PAGE_CHARS) return true;
  let elements = 0;
  const stack: [Element, number][] = [[body, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    elements += 1;
    if (elements > MAX_PAGE_ELEMENTS || depth > MAX_PAGE_DEPTH) return true;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Readability on a clone; any failure of it on odd markup means "no article", never an error in the page. */
function parse(doc: Document): Parsed {
  try {
    if (!doc.body || exceedsLimits(doc.body)) return null;
    if (!isProbablyReaderable(doc, { minScore: MIN_READERABLE_SCORE })) return null;
    const clone = doc.cloneNode(true) as Document;
    for (const element of Array.from(clone.querySelectorAll(NOT_CLAIMS))) element.remove();
    // The serializer hands back Readability's content element itself, so its text is read from the DOM
    // and no HTML string is ever parsed again.
    return new Readability<Element>(clone, {
      keepClasses: false,
      serializer: (node) => node as Element,
    }).parse();
  } catch {
    return null;
  }
}

/** "Headline | Outlet" or "Headline - Outlet": the outlet is the site, not part of the headline. */
function withoutSiteSuffix(title: string, site: string): string {
  const parts = title.split(/\s+[|\-–—·:]\s+/);
  const last = parts.at(-1)?.toLowerCase() ?? '';
  const siteKey = site.toLowerCase().replace(/\.(com|org|net|co\.uk)$/, '');
  if (
    parts.length > 1 &&
    last &&
    (last === site.toLowerCase() || last.replace(/\s+/g, '') === siteKey.replace(/\s+/g, ''))
  ) {
    return title
      .slice(0, title.length - (parts.at(-1)?.length ?? 0))
      .replace(/\s+[|\-–—·:]\s+$/, '')
      .trim();
  }
  return title;
}

/**
 * Pulls the article out of a document with Readability. Works on a clone: Readability rewrites the DOM it is
 * given, and the page belongs to the reader. Returns null when the document does not look like an article,
 * or is too large or too deeply nested to be one (see `MAX_PAGE_CHARS`).
 * Works with any DOM (the browser's, or linkedom's in Node).
 */
export function extractArticle(doc: Document, url: string): ArticleInput | null {
  const parsed = parse(doc);
  if (!parsed?.content) return null;
  const text = paragraphsOf(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const lang = parsed.lang ?? doc.documentElement?.getAttribute('lang') ?? undefined;
  const site = siteOf(doc, url, parsed.siteName);
  return {
    title: withoutSiteSuffix((parsed.title ?? doc.title ?? '').trim(), site),
    url,
    site,
    text,
    ...(lang ? { lang } : {}),
  };
}
