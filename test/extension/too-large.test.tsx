import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/popup-view';
import { tooLargeSentence } from '../../components/report-helpers';
import { Sidebar } from '../../components/sidebar';
import type { PageStatus, PageTooLarge } from '../../lib/extension/shapes';
import { installDom, mount } from './dom';

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

const paragraphs: PageTooLarge = {
  reason: 'too-large',
  limit: 'elements',
  chars: 0,
  elements: 100_004,
  paragraphs: 100_000,
};
const status = (open: boolean, notArticle: PageTooLarge | null = paragraphs): PageStatus => ({
  state: 'not-article',
  notArticle,
  open,
  report: null,
  error: null,
});

const renderSidebar = (s: PageStatus) =>
  mount(<Sidebar status={s} onToggle={vi.fn()} onRetry={vi.fn()} onShowClaim={vi.fn()} />);
const renderPopup = (s: PageStatus) =>
  mount(<PopupView status={s} onOpenSidebar={vi.fn()} onOpenOptions={vi.fn()} />);

describe('tooLargeSentence', () => {
  it('names what the page has too much of, with its figure', () => {
    expect(tooLargeSentence(paragraphs)).toBe(
      'This page is too large to check (100,000 paragraphs, 100,004 elements in all).',
    );
    expect(tooLargeSentence({ ...paragraphs, paragraphs: 0, elements: 60_001 })).toBe(
      'This page is too large to check (60,001 elements).',
    );
    expect(tooLargeSentence({ ...paragraphs, limit: 'text', chars: 20_400_000, elements: 203 })).toBe(
      'This page is too large to check (about 20 MB of text).',
    );
    expect(tooLargeSentence({ ...paragraphs, limit: 'depth', elements: 2_013 })).toBe(
      'This page is too large to check (its markup is nested more than 500 levels deep).',
    );
  });
});

describe('a page too large to read', () => {
  it('stays not-article in the sidebar, with the reason on the root and the sentence on its handle', () => {
    const container = renderSidebar(status(false));
    const root = container.querySelector('[data-state]');
    expect(root?.getAttribute('data-state')).toBe('not-article');
    expect(root?.getAttribute('data-reason')).toBe('too-large');
    const handle = container.querySelector('[data-testid="toggle"]');
    expect(handle?.getAttribute('title')).toContain(tooLargeSentence(paragraphs));
    expect(handle?.textContent).toContain(tooLargeSentence(paragraphs));
    expect(container.querySelector('[data-testid="summary"]')).toBeNull();
  });

  it('says why in the open panel', () => {
    const reason = renderSidebar(status(true)).querySelector('[data-testid="not-article-reason"]');
    expect(reason?.getAttribute('data-reason')).toBe('too-large');
    expect(reason?.querySelector('p')?.textContent).toBe(tooLargeSentence(paragraphs));
  });

  it('says the same in the popup', () => {
    const container = renderPopup(status(false));
    const root = container.querySelector('[data-testid="popup"]');
    expect(root?.getAttribute('data-state')).toBe('not-article');
    expect(root?.getAttribute('data-reason')).toBe('too-large');
    const reason = container.querySelector('[data-testid="popup-reason"]');
    expect(reason?.querySelector('p')?.textContent).toBe(tooLargeSentence(paragraphs));
  });

  it('is told apart from a page that is simply no article, which shows nothing and has no reason', () => {
    const container = renderSidebar(status(false, null));
    const root = container.querySelector('[data-state]');
    expect(root?.getAttribute('data-reason')).toBeNull();
    expect(root?.children).toHaveLength(0);
    const popup = renderPopup(status(false, null));
    expect(popup.querySelector('[data-testid="popup"]')?.getAttribute('data-reason')).toBeNull();
    expect(popup.querySelector('[data-testid="popup-reason"]')).toBeNull();
  });
});
