import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changedChars,
  createChangeGate,
  MAX_WAIT_MS,
  MIN_TEXT_CHARS,
  QUIET_MS,
} from '../../lib/extension/page/watch-page';
import { installDom } from './dom';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

// The gate's own timers: the fake ones vitest installs in their place.
const gate = (onSettled: (change: string) => void) => createChangeGate(onSettled);

describe('gathering page changes', () => {
  it('reports one burst of changes once, when the page has been quiet', () => {
    const settled = vi.fn();
    const changes = gate(settled);
    for (let i = 0; i < 10; i++) {
      changes.note('text', 50);
      vi.advanceTimersByTime(QUIET_MS / 4);
    }
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled).toHaveBeenCalledWith('text');
  });

  it('calls small changes minor, and an address change a url change whatever the text', () => {
    const settled = vi.fn();
    const changes = gate(settled);
    changes.note('text', MIN_TEXT_CHARS - 1);
    vi.advanceTimersByTime(QUIET_MS);
    changes.note('text', 5);
    changes.note('url');
    vi.advanceTimersByTime(QUIET_MS);
    expect(settled.mock.calls).toEqual([['minor'], ['url']]);
  });

  it('still reports a page that never stops changing, at most every MAX_WAIT_MS', () => {
    const settled = vi.fn();
    const changes = gate(settled);
    for (let t = 0; t < MAX_WAIT_MS * 2; t += 100) {
      changes.note('text', 1);
      vi.advanceTimersByTime(100);
    }
    expect(settled.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(settled.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('reports nothing after it is stopped', () => {
    const settled = vi.fn();
    const changes = gate(settled);
    changes.note('url');
    changes.stop();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(settled).not.toHaveBeenCalled();
  });

  it('counts the text a mutation added or removed, not scripts or the sidebar', () => {
    const doc = installDom('<p>one</p>');
    const paragraph = doc.createElement('p');
    paragraph.textContent = 'A new paragraph of the article.';
    const script = doc.createElement('script');
    script.textContent = 'var lots = "of code that is not text";';
    const record = (added: Node[], removed: Node[] = []) =>
      ({ type: 'childList', addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;
    expect(changedChars(record([paragraph]))).toBe(paragraph.textContent.length);
    expect(changedChars(record([script]))).toBe(0);
    expect(changedChars(record([], [paragraph]))).toBe(paragraph.textContent.length);
    const text = doc.createTextNode('12:01');
    const edit = { type: 'characterData', target: text, oldValue: '12:00' } as unknown as MutationRecord;
    expect(changedChars(edit)).toBe(1);
  });
});
