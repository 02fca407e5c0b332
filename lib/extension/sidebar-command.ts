/**
 * The keyboard shortcut that shows or hides the sidebar. Shortcuts come through the commands API, which
 * only the background hears (the manifest's `commands` entry names it and suggests its keys); it passes
 * the command on to the tab it was pressed in.
 */
import { type Browser, browser } from 'wxt/browser';
import type { Result } from './messages';
import { sendToTab } from './messaging';
import type { PageStatus } from './shapes';

/** The manifest's name for the command (wxt.config.ts). */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

export type SendToggle = (tabId: number) => Promise<Result<PageStatus>>;

const sendToggle: SendToggle = (tabId) => sendToTab(tabId, 'toggleSidebar', null);

/**
 * Handles one command from the keyboard. A tab without the content script (a browser page, the store)
 * answers nothing; the shortcut then does nothing there, as a reader would expect.
 */
export async function handleCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  send: SendToggle = sendToggle,
): Promise<Result<PageStatus> | null> {
  if (command !== TOGGLE_SIDEBAR_COMMAND || tab?.id === undefined || tab.id < 0) return null;
  return send(tab.id);
}

/** Starts listening for the shortcut; returns the function that stops. */
export function watchCommands(): () => void {
  const listener = (command: string, tab?: Browser.tabs.Tab) => void handleCommand(command, tab);
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}
