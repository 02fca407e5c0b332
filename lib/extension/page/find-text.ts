/**
 * Finds a claim's text in the page, to take the reader to it. Best effort and read-only: the claim was
 * split from Readability's copy of the article, so spacing, quotes and case may differ from the live DOM.
 * Both sides are compared without whitespace (an inline tag or a block boundary splits the page's text in
 * ways the claim does not show), with quotes and dashes folded; then shorter prefixes are tried.
 */

/** Elements whose text is not part of what the reader sees. */
const HIDDEN_TEXT_PARENTS = 'script, style, noscript, template, textarea, select, iframe';

/**
 * Prefixes (in compared characters, spaces not counted) tried after the whole claim: long enough to be
 * unique in an article, short enough to survive a claim the core trimmed or joined across paragraphs.
 */
const PREFIX_CHARS = [70, 35];

/** The character as compared: lowercase, straight quotes, plain hyphen, nothing for whitespace. */
function foldChar(ch: string): string {
  if (/\s/.test(ch)) return '';
  if (/[‘’‚‛′]/.test(ch)) return "'";
  if (/[“”„‟″]/.test(ch)) return '"';
  if (/[‐‑‒–—―]/.test(ch)) return '-';
  return ch.toLowerCase();
}

export function foldForSearch(text: string): string {
  return text.split('').map(foldChar).join('');
}

interface TextMap {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/** Where a claim is in the page, as text node offsets (a Range can be built from it). */
export interface TextPosition {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  /** Offset just after the last character. */
  endOffset: number;
}

function collectText(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  // Text only: the walker does not enter shadow roots, so the extension's own sidebar is never searched.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const chars: string[] = [];
  const map: TextMap = { text: '', nodes: [], offsets: [] };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.closest(HIDDEN_TEXT_PARENTS)) continue;
    for (let i = 0; i < text.data.length; i++) {
      // A folded character can be longer than one (lowercase "İ" is two): each piece maps to the same spot.
      for (const piece of foldChar(text.data.charAt(i))) {
        chars.push(piece);
        map.nodes.push(text);
        map.offsets.push(i);
      }
    }
  }
  map.text = chars.join('');
  return map;
}

/** Where `claim` (or its beginning) is in the text under `root`, or null when it is not found. */
export function findText(root: Node, claim: string): TextPosition | null {
  const needle = foldForSearch(claim);
  if (needle === '') return null;
  const map = collectText(root);
  const candidates = [
    needle,
    ...PREFIX_CHARS.filter((n) => n < needle.length).map((n) => needle.slice(0, n)),
  ];
  for (const candidate of candidates) {
    const start = map.text.indexOf(candidate);
    if (start < 0) continue;
    const end = start + candidate.length - 1;
    return {
      startNode: map.nodes[start] as Text,
      startOffset: map.offsets[start] as number,
      endNode: map.nodes[end] as Text,
      endOffset: (map.offsets[end] as number) + 1,
    };
  }
  return null;
}
