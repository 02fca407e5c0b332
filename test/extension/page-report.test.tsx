import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import { PopupView } from '../../components/popup-view';
import { CLAIMS_PER_SLICE, Sidebar } from '../../components/sidebar';
import { claimsToMark } from '../../entrypoints/content/mark-report';
import type { Report } from '../../lib/core/types';
import { reportForPage } from '../../lib/extension/background-handlers';
import type { PageStatus } from '../../lib/extension/shapes';
import { all, installDom, mount } from './dom';

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

const withEvidence = mockReport.claims.filter((claim) => claim.matches.length > 0);
const trimmed = reportForPage(mockReport);

/** The sidebar's and the popup's markup for a report, open and collapsed. */
function rendered(report: Report): string[] {
  const status = (open: boolean): PageStatus => ({ ...mockReadyStatus, open, report });
  const sidebar = (open: boolean) =>
    mount(<Sidebar status={status(open)} onToggle={vi.fn()} onRetry={vi.fn()} onShowClaim={vi.fn()} />)
      .innerHTML;
  const popup = mount(
    <PopupView status={status(false)} onOpenSidebar={vi.fn()} onOpenOptions={vi.fn()} />,
  ).innerHTML;
  return [sidebar(false), sidebar(true), popup];
}

describe('reportForPage (the report the content script receives)', () => {
  it('keeps only the claims with evidence, in order, and counts the others', () => {
    // The fixture must have claims of both kinds for this to test anything.
    expect(withEvidence.length).toBeGreaterThan(0);
    expect(withEvidence.length).toBeLessThan(mockReport.claims.length);
    expect(trimmed.claims).toEqual(withEvidence);
    expect(trimmed.summary).toEqual({
      ...mockReport.summary,
      claimsWithoutEvidence: mockReport.claims.length - withEvidence.length,
    });
    expect(trimmed.article).toEqual(mockReport.article);
    expect(trimmed.excluded).toEqual(mockReport.excluded);
  });

  it('leaves a report it already trimmed as it is', () => {
    expect(reportForPage(trimmed)).toEqual(trimmed);
  });

  it('gives the sidebar, popup and marks the same as the whole report', () => {
    const before = rendered(mockReport);
    expect(rendered(trimmed)).toEqual(before);
    // The counts are the ones of every claim checked, not of the claims sent.
    expect(before[0]).toContain(`data-claims="${mockReport.summary.claims}"`);
    expect(before[1]).toContain(`Checked ${mockReport.claims.length} claims`);
    expect(claimsToMark(trimmed)).toEqual(claimsToMark(mockReport));
  });
});

describe('a long report in the sidebar', () => {
  // Claims of the fixture repeated under new ids: three slices' worth and a bit, all with evidence.
  const long: Report = reportForPage({
    ...mockReport,
    claims: Array.from({ length: 3 * CLAIMS_PER_SLICE + 1 }, (_, i) => ({
      ...(withEvidence[i % withEvidence.length] as (typeof withEvidence)[number]),
      id: `c${i + 1}`,
    })),
  });

  const pending: (() => void)[] = [];
  const sidebar = (status: PageStatus) => (
    <Sidebar
      status={status}
      onToggle={vi.fn()}
      onRetry={vi.fn()}
      onShowClaim={vi.fn()}
      scheduleSlice={(run) => pending.push(run)}
    />
  );
  const ready = (report: Report): PageStatus => ({ ...mockReadyStatus, report });
  const rerender = (container: HTMLElement, status: PageStatus) =>
    act(() => {
      render(sidebar(status), container);
    });

  /** The root's state and the number of claims rendered, after each slice until none is left. */
  function slices(container: HTMLElement): [string | null | undefined, number][] {
    const seen: [string | null | undefined, number][] = [];
    for (;;) {
      seen.push([
        container.querySelector('[data-state]')?.getAttribute('data-state'),
        all(container, '[data-testid="claim"]').length,
      ]);
      const next = pending.shift();
      if (!next) return seen;
      act(next);
    }
  }

  it('is rendered a slice per task, and is ready only once every claim is in', () => {
    const container = mount(sidebar(ready(long)));
    expect(slices(container)).toEqual([
      ['loading', CLAIMS_PER_SLICE],
      ['loading', 2 * CLAIMS_PER_SLICE],
      ['loading', 3 * CLAIMS_PER_SLICE],
      ['ready', 3 * CLAIMS_PER_SLICE + 1],
    ]);
    expect(all(container, '[data-testid="claim"]').map((c) => c.getAttribute('data-claim-id'))).toEqual(
      long.claims.map((claim) => claim.id),
    );
  });

  it('stays ready when a longer report replaces it quietly, and slices again after a visible check', () => {
    const shorter = { ...long, claims: long.claims.slice(0, CLAIMS_PER_SLICE + 1) };
    const container = mount(sidebar(ready(shorter)));
    expect(slices(container).at(-1)).toEqual(['ready', CLAIMS_PER_SLICE + 1]);
    rerender(container, ready(long));
    expect(slices(container)).toEqual([['ready', long.claims.length]]);
    rerender(container, { ...ready(long), state: 'loading' });
    rerender(container, ready({ ...long }));
    expect(slices(container)[0]).toEqual(['loading', CLAIMS_PER_SLICE]);
  });
});
