/**
 * The page's visible text as one folded string (see fold-text.ts), with the text node each part came
 * from. Built as a generator that yields every few hundred nodes, so a long page is read in slices between
 * which the page stays responsive. Only where a claim was found is mapped back to node offsets.
 */
import { foldText, originalSpan } from './fold-text';

/** Elements whose text is not part of what the reader sees. */
const HIDDEN_TEXT_PARENTS = 'script, style, noscript, template, textarea, select, iframe, object, svg title';

/** Text nodes read between two yields: a few milliseconds of work on a slow machine. */
const NODES_PER_STEP = 200;

export interface TextMap {
  /** The folded text of every visible text node under the root, in document order. */
  text: string;
  /** The text nodes with any folded text, in order. */
  nodes: Text[];
  /** Where each node's folded text starts in `text`. */
  starts: number[];
}

/** Where a text is in the page, as text node offsets (a Range can be built from it). */
export interface TextPosition {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  /** Offset just after the last character. */
  endOffset: number;
}

/** Reads the text under `root`; yields between slices of work and returns the map. */
export function* collectText(root: Node): Generator<void, TextMap> {
  const doc = root.ownerDocument ?? (root as Document);
  // Text only: a tree walker does not enter shadow roots, so the extension's own sidebar is never read.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const hidden = new Map<Element, boolean>();
  const parts: string[] = [];
  const map: TextMap = { text: '', nodes: [], starts: [] };
  let length = 0;
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % NODES_PER_STEP === 0) yield;
    const text = node as Text;
    const parent = text.parentElement;
    if (parent) {
      let isHidden = hidden.get(parent);
      if (isHidden === undefined) {
        isHidden = parent.closest(HIDDEN_TEXT_PARENTS) !== null;
        hidden.set(parent, isHidden);
      }
      if (isHidden) continue;
    }
    const folded = foldText(text.data);
    if (folded === '') continue;
    map.nodes.push(text);
    map.starts.push(length);
    parts.push(folded);
    length += folded.length;
  }
  map.text = parts.join('');
  return map;
}

/** The whole map at once, for short pages and tests. */
export function collectTextNow(root: Node): TextMap {
  const steps = collectText(root);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Index of the node whose folded text holds character `index` of `map.text`. */
function nodeAt(map: TextMap, index: number): number {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((map.starts[middle] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The page position of the folded characters `start` to `end` (end exclusive) of `map.text`. */
export function positionOf(map: TextMap, start: number, end: number): TextPosition {
  const first = nodeAt(map, start);
  const last = nodeAt(map, end - 1);
  const startNode = map.nodes[first] as Text;
  const endNode = map.nodes[last] as Text;
  const startBase = map.starts[first] as number;
  const endBase = map.starts[last] as number;
  const startSpan = originalSpan(startNode.data, start - startBase, start - startBase + 1);
  const endSpan = originalSpan(endNode.data, end - 1 - endBase, end - endBase);
  return { startNode, startOffset: startSpan.start, endNode, endOffset: endSpan.end };
}
