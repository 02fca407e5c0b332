/**
 * Makes room for the open panel by narrowing the page with a right margin on the root element. The inline
 * style is added only while the panel is open (opening is the reader's act, so the page moving then is
 * expected) and the page's own inline value is put back on close.
 */
import { PANEL_WIDTH_PX } from '../layout';

export interface PagePush {
  /** Adds the margin when `open`, removes it otherwise; repeated calls are harmless. */
  set(open: boolean): void;
}

export function createPagePush(root: HTMLElement = document.documentElement): PagePush {
  let saved: { value: string; priority: string; hadAttribute: boolean } | null = null;
  return {
    set(open) {
      const style = root.style;
      if (open && saved === null) {
        saved = {
          value: style.getPropertyValue('margin-right'),
          priority: style.getPropertyPriority('margin-right'),
          hadAttribute: root.hasAttribute('style'),
        };
        // important: a page's own `html { margin: 0 !important }` would otherwise keep the panel over the text.
        style.setProperty('margin-right', `${PANEL_WIDTH_PX}px`, 'important');
      } else if (!open && saved !== null) {
        if (saved.value === '') style.removeProperty('margin-right');
        else style.setProperty('margin-right', saved.value, saved.priority);
        if (style.length === 0 && !saved.hadAttribute) root.removeAttribute('style');
        saved = null;
      }
    },
  };
}
