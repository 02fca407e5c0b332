import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AddState } from '../../components/add-to-corpus';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import { progressView } from '../../components/import-status';
import { OptionsView, type OptionsViewProps } from '../../components/options-view';
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
  const bundled: CorpusInfo = {
    id: 'bundled-seeds',
    name: 'Seeds',
    description: 'Two reports',
    articleCount: 2,
    statementCount: 65,
    enabled: true,
    bundled: true,
    origin: 'Built into Crosscheck',
    outlets: ['CNN', 'Wire report'],
    createdAt: '2017-11-11T00:00:00.000Z',
    addedAt: null,
    bytes: 18_000,
  };
  const mine: CorpusInfo = {
    ...bundled,
    id: 'harbour-reports',
    name: 'Harbour reports',
    description: '',
    articleCount: 1,
    statementCount: 12_345,
    enabled: false,
    bundled: false,
    origin: 'harbour.json',
    outlets: ['Coastal Gazette'],
    addedAt: '2026-11-20T12:00:00.000Z',
    bytes: 2_400_000,
  };

  function renderOptions(overrides: Partial<OptionsViewProps> = {}) {
    const props: OptionsViewProps = {
      corpora: [bundled, mine],
      corporaError: null,
      settings: { ...DEFAULT_SETTINGS, excludedHosts: ['example.com'] },
      onSettingsChange: vi.fn(),
      onEnabledChange: vi.fn(),
      onExport: vi.fn(),
      onDelete: vi.fn(),
      onRename: vi.fn(),
      importing: false,
      progress: null,
      notice: null,
      alert: null,
      onImport: vi.fn(),
      accept: ['.json', '.csv'],
      maxBytesLabel: '50 MB',
      storage: { corporaBytes: 2_418_000, usedBytes: null },
      ...overrides,
    };
    return { container: mount(<OptionsView {...props} />), props };
  }

  const row = (container: HTMLElement, id: string) =>
    container.querySelector(`[data-testid="corpus"][data-corpus-id="${id}"]`);

  it('lists each corpus with its id, state, source, counts, size and dates', () => {
    const { container } = renderOptions();
    const items = all(container, '[data-testid="corpus"]');
    expect(items.map((item) => item.getAttribute('data-corpus-id'))).toEqual([
      'bundled-seeds',
      'harbour-reports',
    ]);
    expect(items.map((item) => item.getAttribute('data-enabled'))).toEqual(['true', 'false']);
    expect(items[0]?.textContent).toContain('2 articles');
    expect(items[0]?.textContent).toContain('65 statements');
    expect(items[0]?.textContent).toContain('Built into Crosscheck · outlets: CNN, Wire report');
    expect(items[1]?.textContent).toContain('12,345 statements');
    expect(items[1]?.textContent).toContain('2.4 MB');
    expect(items[1]?.textContent).toContain('harbour.json');
    expect(items[1]?.textContent).toMatch(/added .*2026/);
    expect(container.querySelector('[data-testid="storage-used"]')?.textContent).toContain('2.4 MB');
  });

  it('offers export everywhere, but rename and delete only for the reader’s own corpora', () => {
    const { container, props } = renderOptions();
    expect(row(container, 'bundled-seeds')?.querySelector('[data-testid="corpus-delete"]')).toBeNull();
    expect(row(container, 'bundled-seeds')?.querySelector('[data-testid="corpus-rename"]')).toBeNull();
    click(row(container, 'bundled-seeds')?.querySelector('[data-testid="export"]') ?? null);
    expect(props.onExport).toHaveBeenCalledWith('bundled-seeds');
    click(row(container, 'harbour-reports')?.querySelector('[data-testid="corpus-delete"]') ?? null);
    expect(props.onDelete).toHaveBeenCalledWith('harbour-reports');
    change(row(container, 'harbour-reports')?.querySelector('[data-testid="corpus-enabled"]') ?? null, {
      checked: true,
    });
    expect(props.onEnabledChange).toHaveBeenCalledWith('harbour-reports', true);
  });

  it('renames a corpus in place', () => {
    const { container, props } = renderOptions();
    click(row(container, 'harbour-reports')?.querySelector('[data-testid="corpus-rename"]') ?? null);
    const input = container.querySelector('[data-testid="corpus-name-input"]');
    change(input, { value: '  Bridge watch ' }, 'input');
    const form = input?.closest('form');
    act(() => {
      form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(props.onRename).toHaveBeenCalledWith('harbour-reports', 'Bridge watch');
    expect(container.querySelector('[data-testid="corpus-name-input"]')).toBeNull();
  });

  it('takes several files from the picker, of the formats it reads', () => {
    const { container, props } = renderOptions();
    const input = container.querySelector(
      'input[type="file"][data-testid="import-file"]',
    ) as HTMLInputElement;
    expect(input.hasAttribute('multiple')).toBe(true);
    expect(input.getAttribute('accept')).toBe('.json,.csv');
    expect(container.textContent).toContain('Up to 50 MB a file');
    expect(container.textContent).toContain('If any file has a problem, nothing is imported');
    const files = [new File(['a'], 'a.csv'), new File(['b'], 'b.json')];
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onImport).toHaveBeenCalledWith(files);
  });

  it('shows progress and notices in one status region, and problems in one alert', () => {
    const quiet = renderOptions().container;
    expect(all(quiet, '[role="status"]')).toHaveLength(1);
    expect(all(quiet, '[role="alert"]')).toHaveLength(0);

    const busy = renderOptions({
      importing: true,
      progress: { label: 'Reading files…', fraction: 0.25 },
    }).container;
    const bar = busy.querySelector('[role="status"] progress');
    expect(bar?.getAttribute('value')).toBe('0.25');
    expect(busy.querySelector('[role="status"]')?.textContent).toContain('Reading files…');
    expect((busy.querySelector('input[type="file"]') as HTMLInputElement).hasAttribute('disabled')).toBe(
      true,
    );

    const onUndo = vi.fn();
    const deleted = renderOptions({ notice: { text: 'Deleted “Harbour reports”.', onUndo } }).container;
    click(deleted.querySelector('[role="status"] [data-testid="undo-delete"]'));
    expect(onUndo).toHaveBeenCalledOnce();

    const failed = renderOptions({
      alert: {
        summary: 'Nothing was imported.',
        items: ['bad.csv (row 3): published: "soon" is not a date'],
      },
    }).container;
    expect(all(failed, '[role="alert"]')).toHaveLength(1);
    expect(failed.querySelector('[role="alert"]')?.textContent).toContain('bad.csv (row 3)');
  });

  it('reports setting changes as they are made', () => {
    const { container, props } = renderOptions();
    const auto = container.querySelector('[data-testid="setting-auto"]') as HTMLInputElement;
    // linkedom has no `checked` property, so Preact renders it as the attribute.
    expect(auto.hasAttribute('checked')).toBe(true);
    change(auto, { checked: false });
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({ checkMode: 'click' });

    const sites = container.querySelector('[data-testid="setting-excluded"]') as HTMLTextAreaElement;
    expect(sites.value).toBe('example.com');
    change(sites, { value: 'example.com\nhttps://www.news.example/path\n' }, 'input');
    expect(props.onSettingsChange).toHaveBeenLastCalledWith({
      excludedHosts: ['example.com', 'news.example'],
    });
  });

  it('says so when the background cannot list the corpora', () => {
    const { container } = renderOptions({ corpora: null, corporaError: 'no answer', settings: null });
    expect(container.textContent).toContain('no answer');
    expect(all(container, '[data-testid="corpus"]')).toHaveLength(0);
  });
});

describe('progressView', () => {
  it('measures reading in bytes and says indexing is busy without inventing a share', () => {
    expect(progressView({ phase: 'read', done: 2_000_000, total: 8_000_000 })).toEqual({
      label: 'Reading files… 2.0 MB of 8.0 MB',
      fraction: 0.25,
    });
    expect(progressView({ phase: 'index', done: 0, total: 1, articles: 10_000 })).toEqual({
      label: 'Splitting and indexing 10,000 articles…',
      fraction: null,
    });
    expect(progressView({ phase: 'save', done: 0, total: 1 }).fraction).toBeNull();
  });
});

describe('AddToCorpus in the popup', () => {
  const targets = [{ id: 'mine', name: 'My pages' }];

  function renderAdd(state: AddState = { kind: 'idle' }, list: typeof targets | null = targets) {
    const onAdd = vi.fn();
    const container = mount(
      <PopupView
        status={mockReadyStatus}
        onOpenSidebar={vi.fn()}
        onOpenOptions={vi.fn()}
        add={{ targets: list, state, onAdd }}
      />,
    );
    return { container, onAdd };
  }

  const submit = (container: HTMLElement) =>
    act(() => {
      container
        .querySelector('[data-testid="add-to-corpus"]')
        ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });

  it('adds the page to the first of the reader’s corpora by default', () => {
    const { container, onAdd } = renderAdd();
    const options = all(container, '[data-testid="add-target"] option').map((o) => o.textContent);
    expect(options).toEqual(['My pages', 'New corpus…']);
    submit(container);
    expect(onAdd).toHaveBeenCalledWith({ corpusId: 'mine' });
  });

  it('makes a new corpus, named or not, when the reader has none or picks "New corpus"', () => {
    const { container, onAdd } = renderAdd({ kind: 'idle' }, []);
    submit(container);
    expect(onAdd).toHaveBeenLastCalledWith({ newName: 'My pages' });
    change(container.querySelector('[data-testid="add-new-name"]'), { value: ' Bridges ' }, 'input');
    submit(container);
    expect(onAdd).toHaveBeenLastCalledWith({ newName: 'Bridges' });
  });

  it('says how it went', () => {
    expect(
      renderAdd({ kind: 'done', text: 'Added to “My pages”.' }).container.querySelector('[role="status"]')
        ?.textContent,
    ).toBe('Added to “My pages”.');
    expect(
      renderAdd({ kind: 'error', text: 'Already there.' }).container.querySelector('[role="alert"]')
        ?.textContent,
    ).toBe('Already there.');
  });

  it('is not offered before the page is checked', () => {
    const container = mount(
      <PopupView
        status={{ state: 'loading', open: false, report: null, error: null }}
        onOpenSidebar={vi.fn()}
        onOpenOptions={vi.fn()}
        add={{ targets, state: { kind: 'idle' }, onAdd: vi.fn() }}
      />,
    );
    expect(container.querySelector('[data-testid="add-to-corpus"]')).toBeNull();
  });
});
