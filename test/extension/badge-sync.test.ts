import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mockReadyStatus } from '../../components/fixtures/mock-report';
import { recordCheck, syncBadge, watchTabs } from '../../lib/extension/badge-sync';
import type { PageStatus } from '../../lib/extension/shapes';
import { spyOnTabMessages } from './fake-tabs';

const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const conflicts = String(mockReadyStatus.report?.summary.conflict);
const pageAnswers = (status: PageStatus) => spyOnTabMessages().mockResolvedValue({ ok: true, value: status });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('syncBadge', () => {
  it('keeps the count while the page still holds its report (a hash or history change)', async () => {
    pageAnswers(mockReadyStatus);
    await syncBadge(4);
    expect(await badgeOf(4)).toBe(conflicts);
  });

  it('clears the badge when the new page has no content script or is not checked yet', async () => {
    await recordCheck(4, 2);
    spyOnTabMessages().mockRejectedValue(new Error('Receiving end does not exist.'));
    await syncBadge(4);
    expect(await badgeOf(4)).toBe('');

    await recordCheck(4, 2);
    pageAnswers({ state: 'not-article', open: false, report: null, error: null });
    await syncBadge(4);
    expect(await badgeOf(4)).toBe('');
  });

  it('does not undo a check that finished while the page was being asked', async () => {
    let answer: (value: unknown) => void = () => {};
    spyOnTabMessages().mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const sync = syncBadge(4);
    await recordCheck(4, 5);
    answer({ ok: true, value: { state: 'loading', open: false, report: null, error: null } });
    await sync;
    expect(await badgeOf(4)).toBe('5');
  });
});

describe('watchTabs', () => {
  it('re-reads the page when its tab starts loading, and stops when asked', async () => {
    const ask = pageAnswers(mockReadyStatus);
    const stop = watchTabs();
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect(await badgeOf(6)).toBe(conflicts));
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, {} as never);
    expect(ask).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'loading' }, {} as never);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
