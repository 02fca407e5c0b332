/**
 * Marks claims in the page with the CSS Custom Highlight API: ranges over the page's own text nodes,
 * painted by `::highlight()` rules, so no element or attribute of the page changes. The rules have to live
 * in the page's styles; they are one constructed stylesheet adopted by the document (no <style> element).
 * Each stance has its own underline style as well as its own colour, so the marks differ without colour.
 *
 * Adopting a sheet restyles the whole document (80 ms on a 10,000-paragraph page), so it is done once, as
 * early as possible (`entrypoints/highlight-styles.content.ts`, before the page has any style), and never
 * changed: it holds the rules of both themes under names of their own, and a theme change moves the
 * highlights to the other theme's names, which only repaints.
 */
import type { Stance } from '../../core/types';
import type { Theme } from './page-theme';

export const HIGHLIGHT_NAMES: Readonly<Record<Stance | 'flash', string>> = {
  conflict: 'crosscheck-conflict',
  agree: 'crosscheck-agree',
  related: 'crosscheck-related',
  flash: 'crosscheck-flash',
};

/** The names of the dark theme's highlights: the same with this suffix (the light ones are the plain names). */
const DARK_SUFFIX = '-dark';

/** The highlight names a theme's marks are registered under. */
export function highlightNames(theme: Theme): Readonly<Record<Stance | 'flash', string>> {
  if (theme === 'light') return HIGHLIGHT_NAMES;
  const entries = Object.entries(HIGHLIGHT_NAMES).map(([key, name]) => [key, `${name}${DARK_SUFFIX}`]);
  return Object.fromEntries(entries) as Record<Stance | 'flash', string>;
}

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

/** A theme's rules, one a line, for highlights registered under `names`. */
export function highlightCss(theme: Theme, names = HIGHLIGHT_NAMES): string {
  const colours = COLOURS[theme];
  const stances = (['conflict', 'agree', 'related'] as const).map(
    (stance) =>
      `::highlight(${names[stance]}) { background-color: ${colours[stance].tint}; ` +
      `text-decoration: underline ${UNDERLINE[stance]} ${colours[stance].line} 2px; }`,
  );
  return [...stances, `::highlight(${names.flash}) { background-color: ${colours.flash.tint}; }`].join('\n');
}

/** The whole stylesheet: both themes' rules, each under its own names. */
export const highlightSheetCss = (): string =>
  [highlightCss('light', highlightNames('light')), highlightCss('dark', highlightNames('dark'))].join('\n');

/**
 * Where the adopted sheet is kept: a global of the content scripts' own scope, which this extension's
 * content scripts in a frame share and the page cannot see, so the main script finds the sheet the early
 * one adopted (a page cannot pass off a sheet of its own as ours).
 */
const SHEET_KEY = '__crosscheckHighlightSheet';
type SheetHolder = { [SHEET_KEY]?: CSSStyleSheet };

/**
 * The document's highlight stylesheet: the one already adopted, or else a new one, adopted now (when the
 * early script did not run, e.g. on a page loaded before the extension was installed, or when the page
 * replaced the document's adopted sheets since). Throws where content scripts may not adopt sheets.
 */
export function adoptHighlightSheet(doc: Document = document): CSSStyleSheet {
  const holder = globalThis as SheetHolder;
  const adopted = holder[SHEET_KEY];
  if (adopted && doc.adoptedStyleSheets.includes(adopted)) return adopted;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightSheetCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  holder[SHEET_KEY] = sheet;
  return sheet;
}

function removeHighlightSheet(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  const holder = globalThis as SheetHolder;
  if (holder[SHEET_KEY] === sheet) delete holder[SHEET_KEY];
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
  /** Moves the marks to the other theme's highlight names (the stylesheet stays as it is). */
  setTheme(theme: Theme): void;
  /** Removes the marks and the stylesheet. */
  destroy(): void;
}

export const highlightsSupported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const UNSUPPORTED: Highlighter = { supported: false, show() {}, flash() {}, setTheme() {}, destroy() {} };

export function createHighlighter(doc: Document = document, theme: Theme = 'light'): Highlighter {
  if (!highlightsSupported()) return UNSUPPORTED;
  try {
    return registerHighlights(doc, theme);
  } catch {
    // A browser that has the API but refuses it to content scripts (Firefox's wrappers around page
    // objects can): claims are still placed, for scrolling to them, just not painted.
    return UNSUPPORTED;
  }
}

function registerHighlights(doc: Document, theme: Theme): Highlighter {
  const sheet = adoptHighlightSheet(doc);
  const highlights = {
    conflict: new Highlight(),
    agree: new Highlight(),
    related: new Highlight(),
    flash: new Highlight(),
  };
  // A conflict drawn over an agreement (two claims sharing words) must stay visible; the flash is on top.
  highlights.conflict.priority = 1;
  highlights.flash.priority = 2;
  let names = highlightNames(theme);
  const register = () => {
    for (const [key, highlight] of Object.entries(highlights)) {
      CSS.highlights.set(names[key as keyof typeof highlights], highlight);
    }
  };
  const unregister = () => {
    for (const name of Object.values(names)) CSS.highlights.delete(name);
  };
  register();
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
      unregister();
      names = highlightNames(next);
      register();
    },
    destroy() {
      clearTimeout(flashTimer);
      unregister();
      removeHighlightSheet(doc, sheet);
    },
  };
}
