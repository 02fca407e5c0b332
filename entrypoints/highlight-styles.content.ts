import { defineContentScript } from 'wxt/utils/define-content-script';
import { adoptHighlightSheet, highlightsSupported } from '../lib/extension/page/highlights';

/**
 * Adopts the claim marks' stylesheet before the page has any style: adopting it later restyles the whole
 * document, a long task of its own on a long page (80 ms on 10,000 paragraphs). Its rules only paint
 * highlights the main content script registers, so on a page that is no article they paint nothing.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: false,
  main() {
    // An HTML page (not an image, a text file or an SVG document the browser shows): only those get marks.
    if (!highlightsSupported() || document.contentType !== 'text/html') return;
    try {
      adoptHighlightSheet(document);
    } catch {
      // Where content scripts may not adopt sheets (Firefox's wrappers can refuse), the main script tries
      // again and, failing too, places claims without painting them.
    }
  },
});
