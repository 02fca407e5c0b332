import { describe, expect, it, vi } from 'vitest';
import { mockReadyStatus } from '../../components/fixtures/mock-report';
import { handleCommand, TOGGLE_SIDEBAR_COMMAND } from '../../lib/extension/sidebar-command';

const tab = (id: number) => ({ id }) as never;

describe('the sidebar shortcut', () => {
  it('passes the toggle on to the tab it was pressed in', async () => {
    const send = vi.fn(async () => ({ ok: true as const, value: mockReadyStatus }));
    expect(await handleCommand(TOGGLE_SIDEBAR_COMMAND, tab(7), send)).toEqual({
      ok: true,
      value: mockReadyStatus,
    });
    expect(send).toHaveBeenCalledWith(7);
  });

  it('ignores other commands and presses without a tab', async () => {
    const send = vi.fn();
    expect(await handleCommand('something-else', tab(7), send)).toBeNull();
    expect(await handleCommand(TOGGLE_SIDEBAR_COMMAND, undefined, send)).toBeNull();
    expect(await handleCommand(TOGGLE_SIDEBAR_COMMAND, tab(-1), send)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});
