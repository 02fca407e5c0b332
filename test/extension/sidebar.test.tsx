import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import { STANCE_ORDER } from '../../components/report-helpers';
import { Sidebar, type SidebarProps } from '../../components/sidebar';
import type { PageStatus } from '../../lib/extension/shapes';
import { all, click, installDom, mount } from './dom';

const claimsWithMatches = mockReport.claims.filter((claim) => claim.matches.length > 0);

function renderSidebar(status: PageStatus, overrides: Partial<SidebarProps> = {}) {
  const props = { onToggle: vi.fn(), onRetry: vi.fn(), onShowClaim: vi.fn(), ...overrides };
  const container = mount(<Sidebar status={status} {...props} />);
  const root = container.querySelector('[data-state]') as HTMLElement;
  return { container, root, props };
}

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

describe('Sidebar (the DOM contract of DESIGN.md)', () => {
  it('has one root with the state and whether it is open', () => {
    const { container, root } = renderSidebar(mockReadyStatus);
    expect(all(container, '[data-state]')).toHaveLength(1);
    expect(root.getAttribute('data-state')).toBe('ready');
    expect(root.getAttribute('data-open')).toBe('false');
  });

  it('carries the summary counts as data attributes', () => {
    const { container } = renderSidebar(mockReadyStatus);
    const summary = container.querySelector('[data-testid="summary"]');
    expect(summary?.getAttribute('data-claims')).toBe(String(mockReport.summary.claims));
    expect(summary?.getAttribute('data-agree')).toBe(String(mockReport.summary.agree));
    expect(summary?.getAttribute('data-conflict')).toBe(String(mockReport.summary.conflict));
    expect(summary?.getAttribute('data-related')).toBe(String(mockReport.summary.related));
  });

  it('lists the claims with evidence, in the DOM while collapsed, and counts the others', () => {
    const { container } = renderSidebar(mockReadyStatus);
    const claims = all(container, '[data-testid="claim"]');
    expect(claims.map((claim) => claim.getAttribute('data-claim-id'))).toEqual(
      claimsWithMatches.map((claim) => claim.id),
    );
    expect(claims.every((claim) => claim.getAttribute('data-placed') === 'false')).toBe(true);
    const unlisted = mockReport.claims.length - claimsWithMatches.length;
    expect(container.querySelector('[data-testid="unmatched"]')?.textContent).toContain(String(unlisted));
  });

  it('shows each claim text and its evidence, conflicts first, with source and reasons', () => {
    const { container } = renderSidebar(mockReadyStatus);
    for (const [i, element] of all(container, '[data-testid="claim"]').entries()) {
      const claim = claimsWithMatches[i];
      if (!claim) throw new Error('more claims rendered than exist');
      expect(element.querySelector('[data-testid="claim-text"]')?.textContent).toBe(claim.text);
      const evidence = all(element, '[data-testid="evidence"]');
      expect(evidence).toHaveLength(claim.matches.length);
      const ranks = evidence.map((item) => STANCE_ORDER.indexOf(item.getAttribute('data-stance') as never));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const item of evidence) {
        const text = item.querySelector('[data-testid="evidence-text"]')?.textContent;
        const match = claim.matches.find((m) => m.statement.text === text);
        expect(match?.stance).toBe(item.getAttribute('data-stance'));
        expect(item.querySelector('[data-testid="evidence-source"]')?.textContent).toContain(
          match?.statement.source,
        );
        expect(all(item, '[data-testid="evidence-reason"]')).toHaveLength(match?.reasons.length ?? -1);
      }
    }
  });

  it('names every stance in words, not only by colour', () => {
    const { container } = renderSidebar(mockReadyStatus);
    const labels = { conflict: 'Conflicts', agree: 'Agrees', related: 'Related' } as const;
    for (const item of all(container, '[data-testid="evidence"]')) {
      const stance = item.getAttribute('data-stance') as keyof typeof labels;
      expect(item.textContent).toContain(labels[stance]);
    }
  });

  it('says which corpus article is left out as this page', () => {
    const { container } = renderSidebar(mockReadyStatus);
    const excluded = mockReport.excluded[0];
    expect(container.querySelector('[data-testid="excluded"]')?.textContent).toContain(excluded?.title);
  });

  it('has exactly one toggle, the handle while collapsed and the header button while open', () => {
    const collapsed = renderSidebar(mockReadyStatus);
    expect(all(collapsed.container, '[data-testid="toggle"]')).toHaveLength(1);
    click(collapsed.container.querySelector('[data-testid="toggle"]'));
    expect(collapsed.props.onToggle).toHaveBeenCalledOnce();

    const open = renderSidebar({ ...mockReadyStatus, open: true });
    const toggles = all(open.container, '[data-testid="toggle"]');
    expect(toggles).toHaveLength(1);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('true');
  });

  it('hands the clicked claim to the page', () => {
    const { container, props } = renderSidebar(mockReadyStatus);
    click(container.querySelector('[data-testid="claim-text"]'));
    expect(props.onShowClaim).toHaveBeenCalledWith(claimsWithMatches[0]);
  });

  it('renders only the hidden root on a page that is not an article', () => {
    const { container, root } = renderSidebar({
      state: 'not-article',
      open: false,
      report: null,
      error: null,
    });
    expect(root.getAttribute('data-state')).toBe('not-article');
    expect(
      all(container, '[data-testid="toggle"], [data-testid="claim"], [data-testid="summary"]'),
    ).toHaveLength(0);
  });

  it('offers to try again after an error', () => {
    const status: PageStatus = { state: 'error', open: true, report: null, error: 'The check failed.' };
    const { container, props } = renderSidebar(status);
    expect(container.textContent).toContain('The check failed.');
    click(container.querySelector('.cc-error button'));
    expect(props.onRetry).toHaveBeenCalledOnce();
  });
});
