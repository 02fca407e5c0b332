import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { pageTooLarge } from './page-limits';
import type { ArticleInput } from './types';

/** Readability's own test for "is this an article": chars of the longest paragraphs. */
const MIN_READERABLE_SCORE = 20;
/** Extracted text shorter than this is a teaser, a gallery or a link list, not an article to check. */
const MIN_ARTICLE_CHARS = 500;

/**
 * Elements whose text is about the page, not the article's claims: captions, credits, asides, gallery
 * slides, code listings, embedded social posts, and labels only screen readers get ("Skip to content").
 */
const NOT_CLAIMS = [
  'figcaption',
  '[class*="caption" i]',
  '[class*="credit" i]',
  '[class*="slideshow" i]',
  'aside',
  '[role="complementary"]',
  'pre',
  'blockquote.twitter-tweet',
  'blockquote.instagram-media',
  '.visually-hidden',
  '.sr-only',
  '.screen-reader-text',
  'nav',
  '[role="navigation"]',
  // A wiki's infobox, contents box, navigation boxes, "[edit]" links, reference lists and the rest it
  // marks as not for print: tables of facts, links and citations.
  '.infobox',
  '.references',
  '.reflist',
  '.refbegin',
  '.noprint',
  '.navbox',
  '.toc',
  '#toc',
  '.mw-editsection',
].join(', ');
/** A footnote marker ("[12]", "[citation needed]"): left in, it splits a sentence after its full stop. */
const FOOTNOTE_MARK = /^\s*\[[^\]]{1,40}\]\s*$/;
/**
 * A class match on an element holding this share of the page's text is the article's own wrapper
 * ("article-with-captions"), not furniture: it stays.
 */
const MAX_NOT_CLAIMS_SHARE = 0.5;
/** Blocks whose text Readability joins without a separator: each becomes its own paragraph. */
const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figure, div, section, article';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Elements whose text no reader sees. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Text of Readability's content, one paragraph per block element, separated by blank lines. A `<br>` ends
 * a line, and so a paragraph: "Label<br>Value" must not read "LabelValue", nor a caption line run into the
 * first sentence. Comments are skipped (their textContent is their source, "<!-- close main -->").
 */
function paragraphsOf(root: Element): string {
  const paragraphs: string[] = [];
  let inline = '';
  const flush = () => {
    const text = inline.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    inline = '';
  };
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName.toLowerCase();
      if (UNSEEN.has(name)) continue;
      if (name === 'br') {
        flush();
      } else if (element.matches(BLOCKS)) {
        flush();
        walk(element);
        flush();
      } else {
        walk(element);
      }
    }
  };
  walk(root);
  flush();
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

/** Blocks that hold a code snippet when all their text is in code elements (`<p><code>…</code></p>`). */
const CODE_ONLY_CANDIDATES = 'p, li, dd, td';
const CODE = 'code, kbd, samp, tt';

/** Whether every visible character of a block is inside a code element: a listing, not prose. */
function isCodeOnly(block: Element): boolean {
  const all = (block.textContent ?? '').replace(/\s+/g, '');
  if (!all) return false;
  const code = Array.from(block.querySelectorAll(CODE))
    .filter((element) => !element.parentElement?.closest(CODE))
    .map((element) => element.textContent ?? '')
    .join('')
    .replace(/\s+/g, '');
  return code.length === all.length;
}

/** Drops the page furniture of `NOT_CLAIMS` from a clone, unless a match wraps most of the page's text. */
function removeNotClaims(clone: Document): void {
  const total = clone.body?.textContent?.length ?? 0;
  for (const element of Array.from(clone.querySelectorAll(NOT_CLAIMS))) {
    if ((element.textContent?.length ?? 0) <= total * MAX_NOT_CLAIMS_SHARE) element.remove();
  }
  for (const block of Array.from(clone.querySelectorAll(CODE_ONLY_CANDIDATES))) {
    if (isCodeOnly(block)) block.remove();
  }
  for (const sup of Array.from(clone.querySelectorAll('sup'))) {
    if (FOOTNOTE_MARK.test(sup.textContent ?? '')) sup.remove();
  }
}

/** Readability on a clone; any failure of it on odd markup means "no article", never an error in the page. */
function parse(doc: Document): Parsed {
  try {
    if (!doc.body || pageTooLarge(doc.body)) return null;
    if (!isProbablyReaderable(doc, { minScore: MIN_READERABLE_SCORE })) return null;
    const clone = doc.cloneNode(true) as Document;
    removeNotClaims(clone);
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
