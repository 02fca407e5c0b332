/**
 * The open panel's width: the reader drags its edge (or uses the arrow keys on it) and it stays so on
 * every page. Kept apart from the settings item because it changes by dragging, many times a minute, and
 * every settings change wakes the options page and each tab's evidence watcher.
 */
import { storage } from 'wxt/utils/storage';
import { PANEL_WIDTH_PX } from './layout';

/** Narrower, a claim and its evidence wrap to a few words a line. */
export const MIN_PANEL_WIDTH_PX = 280;
/** Wider, lines of evidence get longer than is comfortable to read. */
export const MAX_PANEL_WIDTH_PX = 720;
/** What the panel leaves to the page at least, so the article stays readable beside it. */
const MIN_PAGE_WIDTH_PX = 320;

/** Version 1 (2026-11): the width in CSS pixels. */
export const panelWidthItem = storage.defineItem<number>('local:panelWidth', {
  fallback: PANEL_WIDTH_PX,
  version: 1,
});

/**
 * The width the panel takes in a viewport `viewportWidth` wide: the wanted width within the bounds above,
 * and never so wide that the page has less than its minimum (at 200% zoom the viewport halves).
 */
export function fitPanelWidth(wanted: number, viewportWidth: number): number {
  const room = Math.max(MIN_PANEL_WIDTH_PX, viewportWidth - MIN_PAGE_WIDTH_PX);
  const bounded = Math.min(MAX_PANEL_WIDTH_PX, room, Math.max(MIN_PANEL_WIDTH_PX, wanted));
  // A window narrower than the panel's minimum gets a panel as wide as the window.
  return Math.round(Math.min(bounded, viewportWidth));
}

export async function loadPanelWidth(): Promise<number> {
  const stored = await panelWidthItem.getValue();
  return Number.isFinite(stored) ? stored : PANEL_WIDTH_PX;
}

export function savePanelWidth(width: number): Promise<void> {
  return panelWidthItem.setValue(
    Math.round(Math.min(MAX_PANEL_WIDTH_PX, Math.max(MIN_PANEL_WIDTH_PX, width))),
  );
}
