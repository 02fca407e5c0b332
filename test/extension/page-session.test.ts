import { describe, expect, it, vi } from 'vitest';
import { mockReport } from '../../components/fixtures/mock-report';
import type { Report } from '../../lib/core/types';
import type { AnalyzeRequest, Result } from '../../lib/extension/messages';
import { createPageSession, type PageSessionDeps } from '../../lib/extension/page-session';
import type { PageTooLarge } from '../../lib/extension/shapes';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/storage';

const request: AnalyzeRequest = {
  article: { title: 'T', url: 'https://news.example/a', site: 'news.example', text: 'Text.' },
  extractMs: 3,
};
const noConflicts: Report = { ...mockReport, summary: { ...mockReport.summary, conflict: 0 } };
const tooLarge: PageTooLarge = {
  reason: 'too-large',
  limit: 'elements',
  chars: 0,
  elements: 100_004,
  paragraphs: 100_000,
};

function setup(settings: Partial<Settings> = {}, overrides: Partial<PageSessionDeps> = {}) {
  const changes = { notify: () => {} };
  const deps = {
    watchEvidence: vi.fn((onChange: () => void) => {
      changes.notify = onChange;
      return () => {};
    }),
    settings: { ...DEFAULT_SETTINGS, ...settings },
    hostname: 'news.example',
    extract: vi.fn(() => request),
    analyze: vi.fn(async (): Promise<Result<Report>> => ({ ok: true, value: mockReport })),
    onOpenChange: vi.fn(),
    ...overrides,
  };
  const session = createPageSession(deps);
  const states: string[] = [];
  session.subscribe((status) => states.push(status.state));
  return { deps, session, states, corporaChanged: () => changes.notify() };
}

describe('page session', () => {
  it('checks an article automatically and keeps the panel collapsed', async () => {
    const { deps, session, states } = setup();
    await session.start();
    expect(deps.analyze).toHaveBeenCalledWith(request);
    expect(states).toEqual(['loading', 'ready']);
    expect(session.status).toMatchObject({ state: 'ready', open: false, report: mockReport });
    expect(deps.onOpenChange).not.toHaveBeenCalled();
  });

  it('says not-article and sends nothing when the page is not an article', async () => {
    const { deps, session } = setup({}, { extract: vi.fn(() => null) });
    await session.start();
    expect(session.status.state).toBe('not-article');
    expect(deps.analyze).not.toHaveBeenCalled();
    session.setOpen(true);
    expect(session.status.open).toBe(false);
  });

  it('says not-article with the reason, without reading the page, when it is too large', async () => {
    const { deps, session } = setup({}, { measure: vi.fn(() => tooLarge) });
    await session.start();
    expect(session.status).toMatchObject({ state: 'not-article', notArticle: tooLarge });
    expect(deps.extract).not.toHaveBeenCalled();
    expect(deps.analyze).not.toHaveBeenCalled();
    // Its panel says why, so the reader can open it.
    session.setOpen(true);
    expect(session.status.open).toBe(true);
  });

  it('drops the reason once the page is small enough to read, and gives it when it grows too large', async () => {
    const measure = vi.fn<() => PageTooLarge | null>(() => tooLarge);
    const { deps, session } = setup({}, { measure });
    await session.start();
    measure.mockReturnValue(null);
    expect(await session.refresh('text')).toBe(true);
    expect(session.status.state).toBe('ready');
    expect(session.status.notArticle).toBeFalsy();
    measure.mockReturnValue(tooLarge);
    expect(await session.refresh('text')).toBe(true);
    expect(session.status).toMatchObject({ state: 'not-article', notArticle: tooLarge, report: null });
    expect(deps.extract).toHaveBeenCalledTimes(1);
    // Still too large in the same way: nothing to redo.
    expect(await session.refresh('text')).toBe(false);
  });

  it('does not even read a page on an excluded site', async () => {
    const { deps, session } = setup({ excludedHosts: ['example'] }, { hostname: 'news.example' });
    await session.start();
    expect(session.status.state).toBe('off');
    expect(deps.extract).not.toHaveBeenCalled();
  });

  it('in "only on click" mode waits, then checks and opens when the reader asks', async () => {
    const { deps, session } = setup({ checkMode: 'click' });
    await session.start();
    expect(session.status.state).toBe('idle');
    expect(deps.analyze).not.toHaveBeenCalled();
    session.setOpen(true);
    expect(session.status).toMatchObject({ state: 'loading', open: true });
    await session.check();
    expect(session.status.state).toBe('ready');
    expect(deps.analyze).toHaveBeenCalledTimes(1);
    expect(deps.onOpenChange).toHaveBeenCalledWith(true);
  });

  it('opens by itself on conflicts only when the reader asked for it', async () => {
    const asked = setup({ openOnConflict: true });
    await asked.session.start();
    expect(asked.session.status.open).toBe(true);

    const noneFound = setup(
      { openOnConflict: true },
      { analyze: vi.fn(async () => ({ ok: true as const, value: noConflicts })) },
    );
    await noneFound.session.start();
    expect(noneFound.session.status.open).toBe(false);
  });

  it('does not reopen a panel the reader closed while the check ran', async () => {
    const { session } = setup({ openOnConflict: true });
    const started = session.start();
    session.setOpen(true);
    session.setOpen(false);
    await started;
    expect(session.status.open).toBe(false);
  });

  it('reports a failed check as an error and can try again', async () => {
    const analyze = vi
      .fn<PageSessionDeps['analyze']>()
      .mockResolvedValueOnce({ ok: false, error: 'not implemented yet' })
      .mockResolvedValueOnce({ ok: true, value: mockReport });
    const { session } = setup({}, { analyze });
    await session.start();
    expect(session.status).toMatchObject({ state: 'error', error: 'not implemented yet' });
    await session.check();
    expect(session.status.state).toBe('ready');
  });

  it('reports an extraction that throws as an error, not as a broken page', async () => {
    const { session } = setup(
      {},
      {
        extract: vi.fn(() => {
          throw new Error('bad markup');
        }),
      },
    );
    await session.start();
    expect(session.status.state).toBe('error');
    expect(session.status.error).toContain('bad markup');
  });

  it('runs one check at a time', async () => {
    const { deps, session } = setup({ checkMode: 'click' });
    await session.start();
    await Promise.all([session.check(), session.check()]);
    expect(deps.analyze).toHaveBeenCalledTimes(1);
  });

  it('checks a checked page again when the corpora change, so the sidebar follows the options page', async () => {
    const { deps, session, states, corporaChanged } = setup();
    await session.start();
    corporaChanged();
    await session.check();
    expect(deps.analyze).toHaveBeenCalledTimes(2);
    expect(states).toEqual(['loading', 'ready', 'loading', 'ready']);
  });

  it('checks once more when the corpora change during a check, and leaves unchecked pages alone', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { deps, session, corporaChanged } = setup(
      {},
      {
        analyze: vi.fn(async (): Promise<Result<Report>> => {
          await gate;
          return { ok: true, value: mockReport };
        }),
      },
    );
    const started = session.start();
    await vi.waitFor(() => expect(deps.analyze).toHaveBeenCalledOnce());
    corporaChanged();
    release();
    await started;
    expect(deps.analyze).toHaveBeenCalledTimes(2);
    expect(session.status.state).toBe('ready');

    const idle = setup({ checkMode: 'click' });
    await idle.session.start();
    idle.corporaChanged();
    expect(idle.deps.analyze).not.toHaveBeenCalled();
    const notArticle = setup({}, { extract: vi.fn(() => null) });
    await notArticle.session.start();
    expect(notArticle.deps.watchEvidence).not.toHaveBeenCalled();
  });
});
