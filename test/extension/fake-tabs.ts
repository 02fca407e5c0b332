import { type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * A spy on `tabs.sendMessage`, which fakeBrowser leaves unimplemented: stands for the content script of
 * the tab. Typed loosely because the real signature's overloads defeat `mockResolvedValue`.
 */
export function spyOnTabMessages(): MockInstance<(...args: unknown[]) => Promise<unknown>> {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<
    (...args: unknown[]) => Promise<unknown>
  >;
}
