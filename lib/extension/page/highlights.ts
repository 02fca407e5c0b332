/**
 * Marks claims in the page with the CSS Custom Highlight API: ranges over the page's own text nodes,
 * painted by `::highlight()` rules, so no element or attribute of the page changes. The rules have to live
 * in the page's styles; they are one constructed stylesheet adopted by the document (no <style> element).
 * Each stance has its own underline style as well as its own colour, so the marks differ without colour.
 */
import type { Stance } from '../../core/types';
import type { Theme } from './page-theme';

export const HIGHLIGHT_NAMES: Readonly<Record<Stance | 'flash', string>> = {
  conflict: 'crosscheck-conflict',
  agree: 'crosscheck-agree',
  related: 'crosscheck-related',
  flash: 'crosscheck-flash',
};

/** How long a claim the reader jumped to stays lit: long enough to find it, short enough not to linger. */
export const FLASH_MS = 1600;

/** Tints light enough to keep the text readable on the page's background, in either scheme. */
const COLOURS: Readonly<Record<Theme, Record<Stance | 'flash', { line: string; tint: string }>>> = {
  light: {
    conflict: { line: '#c5221f', tint: 'rgb(217 48 37 / 14%)' },
    agree: { line: '#188038', tint: 'rgb(30 142 62 / 12%)' },
    related: { line: '#1a5fb4', tint: 'transparent' },
    flash: { line: 'currentcolor', tint: 'rgb(255 190 0 / 55%)' },
  },
  dark: {
    conflict: { line: '#ff8a80', tint: 'rgb(255 138 128 / 18%)' },
    agree: { line: '#81c995', tint: 'rgb(129 201 149 / 16%)' },
    related: { line: '#8ab4f8', tint: 'transparent' },
    flash: { line: 'currentcolor', tint: 'rgb(253 214 99 / 40%)' },
  },
};

const UNDERLINE: Readonly<Record<Stance, string>> = { conflict: 'wavy', agree: 'solid', related: 'dotted' };

export function highlightCss(theme: Theme): string {
  const colours = COLOURS[theme];
  const stances = (['conflict', 'agree', 'related'] as const).map(
    (stance) =>
      `::highlight(${HIGHLIGHT_NAMES[stance]}) { background-color: ${colours[stance].tint}; ` +
      `text-decoration: underline ${UNDERLINE[stance]} ${colours[stance].line} 2px; }`,
  );
  return [
    ...stances,
    `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: ${colours.flash.tint}; }`,
  ].join('\n');
}

export interface MarkedRange {
  stance: Stance;
  range: Range;
}

export interface Highlighter {
  /** Whether the browser paints highlights at all (without, placing still serves scrolling to a claim). */
  readonly supported: boolean;
  /** Replaces every claim mark with these. */
  show(marks: readonly MarkedRange[]): void;
  /** Lights one range up for `FLASH_MS`. */
  flash(range: Range): void;
  setTheme(theme: Theme): void;
  /** Removes the marks and the stylesheet. */
  destroy(): void;
}

const isSupported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const UNSUPPORTED: Highlighter = { supported: false, show() {}, flash() {}, setTheme() {}, destroy() {} };

export function createHighlighter(doc: Document = document, theme: Theme = 'light'): Highlighter {
  if (!isSupported()) return UNSUPPORTED;
  try {
    return registerHighlights(doc, theme);
  } catch {
    // A browser that has the API but refuses it to content scripts (Firefox's wrappers around page
    // objects can): claims are still placed, for scrolling to them, just not painted.
    return UNSUPPORTED;
  }
}

function registerHighlights(doc: Document, theme: Theme): Highlighter {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(theme));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const highlights = {
    conflict: new Highlight(),
    agree: new Highlight(),
    related: new Highlight(),
    flash: new Highlight(),
  };
  // A conflict drawn over an agreement (two claims sharing words) must stay visible; the flash is on top.
  highlights.conflict.priority = 1;
  highlights.flash.priority = 2;
  for (const [key, highlight] of Object.entries(highlights)) {
    CSS.highlights.set(HIGHLIGHT_NAMES[key as keyof typeof highlights], highlight);
  }
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    supported: true,
    show(marks) {
      highlights.conflict.clear();
      highlights.agree.clear();
      highlights.related.clear();
      for (const mark of marks) highlights[mark.stance].add(mark.range);
    },
    flash(range) {
      clearTimeout(flashTimer);
      highlights.flash.clear();
      highlights.flash.add(range);
      flashTimer = setTimeout(() => highlights.flash.clear(), FLASH_MS);
    },
    setTheme(next) {
      sheet.replaceSync(highlightCss(next));
    },
    destroy() {
      clearTimeout(flashTimer);
      for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
