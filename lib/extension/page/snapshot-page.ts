/**
 * What the content script sends the background to read: the page's markup as the browser holds it now.
 * Readability used to run here, on a clone of the page, in one task of 50-400 ms on long pages; its
 * parse now runs in the background on this copy, and the page pays only for the serialisation
 * (native, a few milliseconds per megabyte of markup) and the message.
 *
 * Nothing extraction reads is lost on the way: Readability ran on a clone, which has no layout or
 * computed style either, so it only ever saw markup, attributes and inline styles, all of which the
 * serialisation keeps (hidden attributes, `aria-hidden`, `style="display: none"`, screen-reader-only
 * classes). Shadow roots are left out of both. The page's size limits are measured before this runs.
 */
import { MAX_PAGE_HTML_CHARS, type PageSnapshot } from '../messages';

/** The page to read, or null when its markup is past what one message may carry. */
export function snapshotPage(doc: Document, url: string): PageSnapshot | null {
  const html = doc.documentElement.outerHTML;
  return html.length > MAX_PAGE_HTML_CHARS ? null : { html, url };
}
