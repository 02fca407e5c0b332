import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PANEL_WIDTH_PX } from '../../lib/extension/layout';
import { HIGHLIGHT_NAMES, highlightCss } from '../../lib/extension/page/highlights';
import { themeOfBackground } from '../../lib/extension/page/page-theme';
import {
  fitPanelWidth,
  loadPanelWidth,
  MAX_PANEL_WIDTH_PX,
  MIN_PANEL_WIDTH_PX,
  savePanelWidth,
} from '../../lib/extension/sidebar-width';

afterEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
});

describe('the panel width', () => {
  it('keeps the wanted width within its bounds, and leaves the page room in a narrow window', () => {
    expect(fitPanelWidth(400, 1280)).toBe(400);
    expect(fitPanelWidth(100, 1280)).toBe(MIN_PANEL_WIDTH_PX);
    expect(fitPanelWidth(5000, 1920)).toBe(MAX_PANEL_WIDTH_PX);
    // 1280 px at 200% zoom is a 640 px viewport: the page keeps at least half of it.
    expect(fitPanelWidth(500, 640)).toBeLessThanOrEqual(320);
    expect(fitPanelWidth(500, 640)).toBeGreaterThanOrEqual(MIN_PANEL_WIDTH_PX);
    expect(fitPanelWidth(500, 200)).toBe(200);
  });

  it('is remembered, within its bounds, with the default before the reader chooses', async () => {
    expect(await loadPanelWidth()).toBe(PANEL_WIDTH_PX);
    await savePanelWidth(431.6);
    expect(await loadPanelWidth()).toBe(432);
    await savePanelWidth(99_999);
    expect(await loadPanelWidth()).toBe(MAX_PANEL_WIDTH_PX);
  });
});

describe('the page theme', () => {
  it('reads a background colour as light or dark, and a transparent one as nothing', () => {
    expect(themeOfBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeOfBackground('rgb(21, 23, 26)')).toBe('dark');
    expect(themeOfBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(themeOfBackground('rgba(0, 0, 0, 0.2)')).toBeNull();
    expect(themeOfBackground('color(srgb 0.1 0.1 0.12)')).toBe('dark');
    expect(themeOfBackground('not a colour')).toBeNull();
  });
});

describe('the marks in the page', () => {
  it('gives each stance its own underline style in both themes, not only its own colour', () => {
    for (const theme of ['light', 'dark'] as const) {
      const css = highlightCss(theme);
      const rule = (name: string) => css.split('\n').find((line) => line.includes(`(${name})`)) ?? '';
      const styles = (['conflict', 'agree', 'related'] as const).map(
        (stance) => /underline (\w+)/.exec(rule(HIGHLIGHT_NAMES[stance]))?.[1],
      );
      expect(new Set(styles).size).toBe(3);
      expect(rule(HIGHLIGHT_NAMES.flash)).toContain('background-color');
    }
  });
});
