/** What reaches the sidebar from outside its own DOM: a click on a mark in the page, the shortcut, the page's theme. */
import type { Theme } from '../../lib/extension/page/page-theme';

export type SidebarEvent =
  | { type: 'claim-clicked'; claimId: string }
  | { type: 'shortcut' }
  | { type: 'theme'; theme: Theme };

export interface SidebarEvents {
  emit(event: SidebarEvent): void;
  subscribe(listener: (event: SidebarEvent) => void): () => void;
}

export function createSidebarEvents(): SidebarEvents {
  const listeners = new Set<(event: SidebarEvent) => void>();
  return {
    emit(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
