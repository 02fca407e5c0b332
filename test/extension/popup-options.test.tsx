import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import { OptionsView } from '../../components/options-view';
import { type PopupStatus, PopupView } from '../../components/popup-view';
import { topConflicts } from '../../components/report-helpers';
import type { CorpusInfo } from '../../lib/extension/shapes';
import { DEFAULT_SETTINGS } from '../../lib/extension/storage';
import { all, change, click, installDom, mount } from './dom';

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

function renderPopup(status: PopupStatus) {
  const onOpenSidebar = vi.fn();
  const container = mount(
    <PopupView status={status} onOpenSidebar={onOpenSidebar} onOpenOptions={vi.fn()} />,
  );
  return { container, onOpenSidebar, root: container.querySelector('[data-testid="popup"]') };
}

describe('PopupView', () => {
  it('summarises a checked page and lists its strongest conflicts', () => {
    const { container, root } = renderPopup(mockReadyStatus);
    expect(root?.getAttribute('data-state')).toBe('ready');
    const summary = container.querySelector('[data-testid="popup-summary"]');
    expect(summary?.getAttribute('data-conflict')).toBe(String(mockReport.summary.conflict));
    expect(summary?.getAttribute('data-claims')).toBe(String(mockReport.summary.claims));
    const expected = topConflicts(mockReport, 3);
    const items = all(container, '[data-testid="popup-conflict"]');
    expect(items).toHaveLength(expected.length);
    expect(items[0]?.textContent).toContain(expected[0]?.match.statement.text);
    expect(items[0]?.textContent).toContain(expected[0]?.match.statement.source);
  });

  it('opens the sidebar on request', () => {
    const { container, onOpenSidebar } = renderPopup(mockReadyStatus);
    click(container.querySelector('[data-testid="open-sidebar"]'));
    expect(onOpenSidebar).toHaveBeenCalledOnce();
  });

  it('says plainly when the page cannot be checked, without a button that would do nothing', () => {
    for (const state of ['unavailable', 'not-article', 'off'] as const) {
      const status = state === 'unavailable' ? { state } : { state, open: false, report: null, error: null };
      const { container, root } = renderPopup(status);
      expect(root?.getAttribute('data-state')).toBe(state);
      expect(container.querySelector('[data-testid="open-sidebar"]')).toBeNull();
      expect(container.querySelector('[data-testid="popup-summary"]')).toBeNull();
      expect(root?.textContent?.length).toBeGreaterThan('Crosscheck'.length + 20);
    }
  });

  it('offers to check a page in "only on click" mode', () => {
    const { container } = renderPopup({ state: 'idle', open: false, report: null, error: null });
    expect(container.querySelector('[data-testid="open-sidebar"]')?.textContent).toBe('Check this page');
  });
});

describe('topConflicts', () => {
  it('takes the best conflict of each claim, strongest first', () => {
    const picks = topConflicts(mockReport, 10);
    const claimsWithConflict = mockReport.claims.filter((claim) =>
      claim.matches.some((m) => m.stance === 'conflict'),
    );
    expect(picks).toHaveLength(claimsWithConflict.length);
    expect(picks.every((pick) => pick.match.stance === 'conflict')).toBe(true);
    const scores = picks.map((pick) => pick.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(topConflicts(mockReport, 1)).toHaveLength(1);
  });
});

describe('OptionsView', () => {
  const corpora: CorpusInfo[] = [
    {
      id: 'bundled-seeds',
      name: 'Seeds',
      description: 'Two reports',
      articleCount: 2,
      statementCount: 65,
      enabled: true,
      bundled: true,
    },
  ];

  function renderOptions() {
    const onSettingsChange = vi.fn();
    const onCorpusEnabledChange = vi.fn();
    const container = mount(
      <OptionsView
        corpora={corpora}
        corporaError={null}
        settings={{ ...DEFAULT_SETTINGS, excludedHosts: ['example.com'] }}
        onSettingsChange={onSettingsChange}
        onCorpusEnabledChange={onCorpusEnabledChange}
      />,
    );
    return { container, onSettingsChange, onCorpusEnabledChange };
  }

  it('lists each corpus with its id, state and counts', () => {
    const { container } = renderOptions();
    const items = all(container, '[data-testid="corpus"]');
    expect(items).toHaveLength(1);
    expect(items[0]?.getAttribute('data-corpus-id')).toBe('bundled-seeds');
    expect(items[0]?.getAttribute('data-enabled')).toBe('true');
    expect(items[0]?.textContent).toContain('2 articles');
    expect(items[0]?.textContent).toContain('65 statements');
  });

  it('reports setting changes as they are made', () => {
    const { container, onSettingsChange, onCorpusEnabledChange } = renderOptions();
    const auto = container.querySelector('[data-testid="setting-auto"]') as HTMLInputElement;
    // linkedom has no `checked` property, so Preact renders it as the attribute.
    expect(auto.hasAttribute('checked')).toBe(true);
    change(auto, { checked: false });
    expect(onSettingsChange).toHaveBeenLastCalledWith({ checkMode: 'click' });

    const sites = container.querySelector('[data-testid="setting-excluded"]') as HTMLTextAreaElement;
    expect(sites.value).toBe('example.com');
    change(sites, { value: 'example.com\nhttps://www.news.example/path\n' }, 'input');
    expect(onSettingsChange).toHaveBeenLastCalledWith({ excludedHosts: ['example.com', 'news.example'] });

    change(container.querySelector('[data-testid="corpus-enabled"]'), { checked: false });
    expect(onCorpusEnabledChange).toHaveBeenCalledWith('bundled-seeds', false);
  });

  it('says so when the background cannot list the corpora', () => {
    const container = mount(
      <OptionsView
        corpora={null}
        corporaError="no answer"
        settings={null}
        onSettingsChange={vi.fn()}
        onCorpusEnabledChange={vi.fn()}
      />,
    );
    expect(container.textContent).toContain('no answer');
    expect(all(container, '[data-testid="corpus"]')).toHaveLength(0);
  });
});
