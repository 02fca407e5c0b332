import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_BACKOFF_MS, MAX_BACKOFF_MS, paceRefreshes } from '../../lib/extension/page/pace-refreshes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Lets the pacer's awaited refresh settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('pacing re-reads of a changing page', () => {
  it('re-reads at once until a re-read finds nothing new, then waits longer and longer', async () => {
    const refresh = vi.fn(async () => false);
    const reread = paceRefreshes(refresh);
    reread('text');
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
    reread('text');
    reread('text');
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FIRST_BACKOFF_MS);
    // The changes during the wait make one re-read at its end.
    expect(refresh).toHaveBeenCalledTimes(2);
    reread('text');
    await vi.advanceTimersByTimeAsync(FIRST_BACKOFF_MS);
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(FIRST_BACKOFF_MS);
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('never waits longer than the bound', async () => {
    const refresh = vi.fn(async () => false);
    const reread = paceRefreshes(refresh);
    for (let i = 0; i < 12; i++) {
      reread('text');
      await vi.advanceTimersByTimeAsync(MAX_BACKOFF_MS);
    }
    expect(refresh).toHaveBeenCalledTimes(12);
  });

  it('goes back to re-reading at once after a changed article or a new address', async () => {
    const refresh = vi.fn(async (change: 'url' | 'text') => change === 'url');
    const reread = paceRefreshes(refresh);
    reread('text');
    await settle();
    reread('url');
    await settle();
    expect(refresh.mock.calls.map(([change]) => change)).toEqual(['text', 'url']);
    reread('text');
    await settle();
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
