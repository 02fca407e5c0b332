/**
 * Makes room for the open panel by narrowing the page with a right margin on the root element. The inline
 * style is added only while the panel is open (opening is the reader's act, so the page moving then is
 * expected) and the page's own inline value is put back on close.
 */
import { PANEL_WIDTH_PX } from '../layout';

export interface PagePush {
  /**
   * Adds the margin (`width` px, the panel's width) when `open`, removes it otherwise; repeated calls are
   * harmless, and a new width while open moves the margin.
   */
  set(open: boolean, width?: number): void;
}

export function createPagePush(root: HTMLElement = document.documentElement): PagePush {
  let saved: { value: string; priority: string; hadAttribute: boolean } | null = null;
  let pushed = 0;
  return {
    set(open, width = PANEL_WIDTH_PX) {
      const style = root.style;
      if (open && saved === null) {
        saved = {
          value: style.getPropertyValue('margin-right'),
          priority: style.getPropertyPriority('margin-right'),
          hadAttribute: root.hasAttribute('style'),
        };
      }
      if (open && pushed !== width) {
        // important: a page's own `html { margin: 0 !important }` would otherwise keep the panel over the text.
        style.setProperty('margin-right', `${width}px`, 'important');
        pushed = width;
      } else if (!open && saved !== null) {
        if (saved.value === '') style.removeProperty('margin-right');
        else style.setProperty('margin-right', saved.value, saved.priority);
        if (style.length === 0 && !saved.hadAttribute) root.removeAttribute('style');
        saved = null;
        pushed = 0;
      }
    },
  };
}
