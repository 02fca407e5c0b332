/**
 * Whether the page is light or dark, so the sidebar and the marks in the text match it. What the page
 * paints decides first (its background colour); a page that paints none shows the browser's canvas, which
 * is dark only when the page allows a dark scheme and the system asks for one.
 */

export type Theme = 'light' | 'dark';

/** Relative luminance below which a background reads as dark (mid grey is about 0.2). */
const DARK_LUMINANCE = 0.2;
/** A background this transparent shows what is behind it rather than itself. */
const MIN_OPAQUE_ALPHA = 0.5;

/** [r, g, b, a] of a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`), or null for other forms. */
function parseColour(colour: string): [number, number, number, number] | null {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(colour);
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(colour);
  const match = rgb ?? srgb;
  if (!match) return null;
  const scale = rgb ? 255 : 1;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number.parseFloat(alphaText);
  return [Number(match[1]) / scale, Number(match[2]) / scale, Number(match[3]) / scale, alpha];
}

/** WCAG relative luminance of an sRGB colour with channels 0..1. */
function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The theme a background colour reads as, or null when it is (nearly) transparent or unreadable. */
export function themeOfBackground(colour: string): Theme | null {
  const parsed = parseColour(colour.trim());
  if (!parsed || parsed[3] < MIN_OPAQUE_ALPHA) return null;
  return luminance(parsed[0], parsed[1], parsed[2]) < DARK_LUMINANCE ? 'dark' : 'light';
}

export function pageTheme(doc: Document = document, win: Window = window): Theme {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const theme = themeOfBackground(win.getComputedStyle(element).backgroundColor);
    if (theme) return theme;
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const allowsDark = /\bdark\b/.test(scheme);
  if (!allowsDark) return 'light';
  const onlyDark = !/\blight\b/.test(scheme);
  return onlyDark || win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Calls `onChange` with the page's theme whenever it may have changed: the system's scheme, or a class,
 * style or attribute of the root or body (how pages switch their own dark mode). Returns the stop function.
 */
export function watchPageTheme(
  onChange: (theme: Theme) => void,
  doc: Document = document,
  win: Window = window,
): () => void {
  let current = pageTheme(doc, win);
  let frame = 0;
  const recheck = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const next = pageTheme(doc, win);
      if (next === current) return;
      current = next;
      onChange(next);
    });
  };
  const media = win.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', recheck);
  const observer = new MutationObserver(recheck);
  for (const element of [doc.documentElement, doc.body]) {
    if (element) observer.observe(element, { attributes: true });
  }
  return () => {
    cancelAnimationFrame(frame);
    media?.removeEventListener('change', recheck);
    observer.disconnect();
  };
}
