/**
 * The claims of a report, marked in the page: placed in slices off the critical path, highlighted by
 * stance, found again from a click on them, and scrolled to and flashed on the reader's request. The
 * sidebar learns which claims were placed (and which could not be) through `subscribe`.
 */
import type { Stance } from '../../core/types';
import { claimAtPoint } from './claim-at-point';
import { createHighlighter, type Highlighter } from './highlights';
import type { Theme } from './page-theme';
import { type Placements, placeClaims } from './place-claims';
import { revealRange } from './reveal-range';
import { runSliced, type Schedule } from './run-sliced';

export interface ClaimToMark {
  id: string;
  text: string;
  /** The strongest stance of its evidence: the mark it gets. */
  stance: Stance;
}

export interface MarksState {
  /** `pending` while claims are being placed; `done` once every claim is placed or known not to be. */
  placement: 'idle' | 'pending' | 'done';
  placed: ReadonlySet<string>;
}

export interface ClaimMarks {
  readonly state: MarksState;
  subscribe(listener: (state: MarksState) => void): () => void;
  /**
   * Gets the page ready for marks (its highlights, and its stylesheet unless the early content script
   * adopted it before the page had any style): called as soon as the page is known to be an article.
   */
  prepare(): void;
  /** Places and marks these claims, replacing any earlier ones. Resolves when placing is over. */
  mark(claims: readonly ClaimToMark[]): Promise<void>;
  /** Removes every mark (the page changed article). */
  clear(): void;
  /** Scrolls to a placed claim and flashes it; false when it is not placed. */
  reveal(id: string): boolean;
  /** Places the claims again when the page replaced text a placed claim was in. */
  repairIfStale(): void;
  setTheme(theme: Theme): void;
  destroy(): void;
}

export interface ClaimMarksOptions {
  root?: Node;
  theme?: Theme;
  /** The reader clicked a marked claim in the page. */
  onClaimClick?: (id: string) => void;
  schedule?: Schedule;
}

/** The sidebar's host: clicks inside its shadow root reach the page retargeted to it. */
const SIDEBAR_HOST = 'crosscheck-sidebar';
/** Elements a click on which is the page's business, highlighted or not. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]';

/** Whether a mark's text is gone from the page. */
const isStale = (range: Range) => range.collapsed || !range.startContainer.isConnected;

export function createClaimMarks(options: ClaimMarksOptions = {}): ClaimMarks {
  const root = options.root ?? document.body;
  const doc = root.ownerDocument ?? document;
  // Made when the page turns out to be an article: a page with nothing to mark (not an article, an
  // excluded site) gets no highlight registered.
  let highlighter: Highlighter | null = null;
  let theme = options.theme ?? 'light';
  let state: MarksState = { placement: 'idle', placed: new Set() };
  let claims: readonly ClaimToMark[] = [];
  let ranges = new Map<string, Range>();
  let run: AbortController | null = null;
  const listeners = new Set<(state: MarksState) => void>();

  const update = (next: MarksState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  const clear = () => {
    run?.abort();
    run = null;
    ranges = new Map();
    highlighter?.show([]);
    update({ placement: 'idle', placed: new Set() });
  };

  const prepare = () => {
    highlighter ??= createHighlighter(doc, theme);
  };

  const mark = async (next: readonly ClaimToMark[]) => {
    run?.abort();
    const controller = new AbortController();
    run = controller;
    claims = next;
    update({ placement: 'pending', placed: state.placed });
    // Placing reads a page that can change under it; a failure there leaves claims unplaced, not an error.
    const placements = await runSliced(placeClaims(root, next), {
      signal: controller.signal,
      schedule: options.schedule,
    }).catch((): Placements => new Map());
    if (!placements || controller.signal.aborted) return;
    run = null;
    ranges = new Map();
    for (const [id, { position }] of placements) {
      // Text read in an earlier slice may have left the page since (a live page rewriting a paragraph).
      if (!position.startNode.isConnected || !position.endNode.isConnected) continue;
      try {
        const range = doc.createRange();
        range.setStart(position.startNode, position.startOffset);
        range.setEnd(position.endNode, position.endOffset);
        ranges.set(id, range);
      } catch {
        // The text changed between reading and marking (offsets past a node's end): not placed.
      }
    }
    const marked = next.flatMap((claim) => {
      const range = ranges.get(claim.id);
      return range ? [{ stance: claim.stance, range }] : [];
    });
    if (marked.length > 0) prepare();
    highlighter?.show(marked);
    update({ placement: 'done', placed: new Set(ranges.keys()) });
  };

  const onClick = (event: MouseEvent) => {
    if (!options.onClaimClick || ranges.size === 0 || event.button !== 0) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest(INTERACTIVE) || target.closest(SIDEBAR_HOST)) return;
    // The end of a drag that selected text is a click too; selecting is not asking for the sidebar.
    if (doc.getSelection()?.isCollapsed === false) return;
    const id = claimAtPoint(
      doc,
      event.clientX,
      event.clientY,
      [...ranges].map(([claimId, range]) => ({ id: claimId, range })),
    );
    if (id) options.onClaimClick(id);
  };
  doc.addEventListener('click', onClick, true);

  return {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    prepare,
    mark,
    clear,
    reveal(id) {
      const range = ranges.get(id);
      if (!range || isStale(range)) return false;
      revealRange(range, doc.defaultView ?? window);
      highlighter?.flash(range);
      return true;
    },
    repairIfStale() {
      if (state.placement !== 'done') return;
      // A live range collapses when the text it spanned is removed (a framework re-rendering the article).
      if ([...ranges.values()].some(isStale)) void mark(claims);
    },
    setTheme(next) {
      theme = next;
      highlighter?.setTheme(next);
    },
    destroy() {
      run?.abort();
      doc.removeEventListener('click', onClick, true);
      highlighter?.destroy();
      listeners.clear();
    },
  };
}
