/**
 * Width of the open sidebar panel. The content script pushes the page by the same amount while the
 * panel is open, so the panel sits beside the article instead of over it. 360 px fits a claim and its
 * evidence at a readable line length and leaves ~1000 px for the page on a common 1366 px screen.
 */
export const PANEL_WIDTH_PX = 360;
