import { describe, expect, it, vi } from 'vitest';
import { mockReport } from '../../components/fixtures/mock-report';
import type { Report } from '../../lib/core/types';
import type { AnalyzeRequest, Result } from '../../lib/extension/messages';
import { createPageSession, type PageSessionDeps } from '../../lib/extension/page-session';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/storage';

const START =
  'The harbour bridge in Port Elsby opened to traffic on Friday after four years of work. '.repeat(5);

const article = (
  text: string,
  url = 'https://news.example/bridge',
  title = 'Bridge opens',
): AnalyzeRequest => ({
  article: { title, url, site: 'news.example', text },
  extractMs: 2,
});

/** A session whose page is whatever `page.current` says, recording every state it shows. */
function setup(settings: Partial<Settings> = {}, first: AnalyzeRequest | null = article(START)) {
  const page = { current: first };
  const reports: Report[] = [];
  const deps: PageSessionDeps = {
    settings: { ...DEFAULT_SETTINGS, ...settings },
    hostname: 'news.example',
    extract: vi.fn(() => page.current),
    analyze: vi.fn(async (request: AnalyzeRequest): Promise<Result<Report>> => {
      const report = { ...mockReport, article: { ...mockReport.article, url: request.article.url } };
      reports.push(report);
      return { ok: true, value: report };
    }),
    watchEvidence: () => () => {},
  };
  const session = createPageSession(deps);
  const states: string[] = [];
  session.subscribe((status) => states.push(status.state));
  return { deps, session, states, page, reports };
}

describe('a page that changes after load', () => {
  it('reads the page one read at a time, in the order asked, when reading takes a while', async () => {
    const { deps, session, page } = setup();
    const pending: Array<() => void> = [];
    deps.extract = vi.fn(() => {
      const current = page.current;
      return new Promise<AnalyzeRequest | null>((resolve) => pending.push(() => resolve(current)));
    });
    const started = session.start();
    page.current = article('Another story entirely. '.repeat(30), 'https://news.example/ferry');
    const refreshed = session.refresh('url');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    // The second read waits for the first to come back.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(deps.extract).toHaveBeenCalledOnce();
    pending.shift()?.();
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending.shift()?.();
    await started;
    expect(await refreshed).toBe(true);
    expect(session.status.report?.article.url).toBe('https://news.example/ferry');
  });

  it('does nothing when the article is the same', async () => {
    const { deps, session, states } = setup();
    await session.start();
    await session.refresh('text');
    await session.refresh('url');
    expect(deps.analyze).toHaveBeenCalledTimes(1);
    expect(states).toEqual(['loading', 'ready']);
  });

  it('checks more text of the same article quietly: the report stays until the new one replaces it', async () => {
    const { deps, session, states, page, reports } = setup();
    await session.start();
    page.current = article(`${START}A later paragraph adds a new claim about the bridge.`);
    await session.refresh('text');
    expect(deps.analyze).toHaveBeenCalledTimes(2);
    expect(states).toEqual(['loading', 'ready', 'ready']);
    expect(session.status.report).toBe(reports[1]);
  });

  it('shows a new article as being checked, in the same panel, when a single-page site moves on', async () => {
    const { session, states, page } = setup();
    await session.start();
    session.setOpen(true);
    page.current = article('Another story entirely. '.repeat(30), 'https://news.example/ferry', 'Ferry ends');
    await session.refresh('url');
    expect(states.slice(-3)).toEqual(['ready', 'loading', 'ready']);
    expect(session.status).toMatchObject({ state: 'ready', open: true });
    expect(session.status.report?.article.url).toBe('https://news.example/ferry');
  });

  it('hides when the page stops being an article, and comes back when it is one again', async () => {
    const { deps, session, page } = setup();
    await session.start();
    session.setOpen(true);
    page.current = null;
    await session.refresh('url');
    expect(session.status).toMatchObject({ state: 'not-article', open: false, report: null });
    page.current = article(START, 'https://news.example/bridge-again');
    await session.refresh('url');
    expect(session.status.state).toBe('ready');
    expect(deps.analyze).toHaveBeenCalledTimes(2);
  });

  it('checks a page that became an article later (rendered by its scripts)', async () => {
    const { session, page } = setup({}, null);
    await session.start();
    expect(session.status.state).toBe('not-article');
    page.current = article(START);
    await session.refresh('text');
    expect(session.status.state).toBe('ready');
  });

  it('in "only on click" mode waits for the reader on the new article too', async () => {
    const { deps, session, page } = setup({ checkMode: 'click' }, null);
    await session.start();
    page.current = article(START);
    await session.refresh('url');
    expect(session.status.state).toBe('idle');
    expect(deps.analyze).not.toHaveBeenCalled();
  });

  it('checks the newest article when the page changes during a check', async () => {
    const { deps, session, page } = setup();
    const analyze = deps.analyze;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    deps.analyze = vi.fn(async (request: AnalyzeRequest) => {
      await gate;
      return analyze(request);
    });
    const started = session.start();
    await vi.waitFor(() => expect(deps.analyze).toHaveBeenCalledOnce());
    page.current = article('Another story entirely. '.repeat(30), 'https://news.example/ferry');
    release();
    const refreshed = session.refresh('url');
    await started;
    await refreshed;
    expect(deps.analyze).toHaveBeenCalledTimes(2);
    expect(session.status.report?.article.url).toBe('https://news.example/ferry');
  });

  it('keeps what is shown when reading the changed page throws', async () => {
    const { deps, session } = setup();
    await session.start();
    vi.mocked(deps.extract).mockImplementationOnce(() => {
      throw new Error('half-rendered');
    });
    await session.refresh('text');
    expect(session.status.state).toBe('ready');
  });

  it('never reads a site the reader excluded', async () => {
    const { deps, session } = setup({ excludedHosts: ['news.example'] });
    await session.start();
    await session.refresh('url');
    expect(deps.extract).not.toHaveBeenCalled();
    expect(session.status.state).toBe('off');
  });
});
