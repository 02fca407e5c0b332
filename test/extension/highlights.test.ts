import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adoptHighlightSheet,
  createHighlighter,
  HIGHLIGHT_NAMES,
  highlightNames,
  highlightSheetCss,
} from '../../lib/extension/page/highlights';

/** A constructed stylesheet as far as the highlighter uses it, counting how often its rules are replaced. */
class FakeSheet {
  text = '';
  replaced = 0;
  replaceSync(text: string) {
    this.text = text;
    this.replaced++;
  }
}

class FakeHighlight extends Set<Range> {
  priority = 0;
}

/** A document whose adopted sheets count their assignments: each one restyles a real page. */
function fakeDocument() {
  let sheets: FakeSheet[] = [];
  const doc = {
    assignments: 0,
    get adoptedStyleSheets() {
      return sheets;
    },
    set adoptedStyleSheets(next: FakeSheet[]) {
      doc.assignments++;
      sheets = next;
    },
  };
  return doc;
}

const asDocument = (doc: ReturnType<typeof fakeDocument>) => doc as unknown as Document;

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSSStyleSheet', FakeSheet);
});
afterEach(() => vi.unstubAllGlobals());

describe('the highlight stylesheet', () => {
  it("holds both themes' rules, each theme under names of its own", () => {
    const css = highlightSheetCss();
    const light = Object.values(highlightNames('light'));
    const dark = Object.values(highlightNames('dark'));
    expect(light).toEqual(Object.values(HIGHLIGHT_NAMES));
    expect(new Set([...light, ...dark]).size).toBe(8);
    for (const name of [...light, ...dark]) expect(css).toContain(`::highlight(${name}) {`);
  });

  it('is adopted once: the main content script finds the one the early script adopted', () => {
    const doc = fakeDocument();
    const early = adoptHighlightSheet(asDocument(doc));
    expect(adoptHighlightSheet(asDocument(doc))).toBe(early);
    expect(doc.assignments).toBe(1);
    expect(doc.adoptedStyleSheets).toEqual([early]);
  });

  it('is adopted again when the page dropped it from the document', () => {
    const doc = fakeDocument();
    adoptHighlightSheet(asDocument(doc));
    doc.adoptedStyleSheets = [];
    const again = adoptHighlightSheet(asDocument(doc));
    expect(doc.adoptedStyleSheets).toEqual([again]);
  });
});

describe('a theme change', () => {
  it('moves the same highlights to the other names and leaves the stylesheet alone', () => {
    const doc = fakeDocument();
    const highlighter = createHighlighter(asDocument(doc), 'light');
    expect(highlighter.supported).toBe(true);
    const conflict = registry.get(HIGHLIGHT_NAMES.conflict);
    expect(conflict).toBeInstanceOf(FakeHighlight);
    const sheet = doc.adoptedStyleSheets[0];
    highlighter.setTheme('dark');
    expect([...registry.keys()].sort()).toEqual(Object.values(highlightNames('dark')).sort());
    expect(registry.get(highlightNames('dark').conflict)).toBe(conflict);
    highlighter.setTheme('light');
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(doc.assignments).toBe(1);
    expect(sheet?.replaced).toBe(1);
    highlighter.destroy();
    expect(registry.size).toBe(0);
    expect(doc.adoptedStyleSheets).toEqual([]);
  });
});
