import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import {
  claimsWithEvidence,
  filterClaims,
  filterCounts,
  strongestStance,
} from '../../components/report-helpers';
import { ResizeHandle } from '../../components/resize-handle';
import { Sidebar, type SidebarProps } from '../../components/sidebar';
import { all, change, click, installDom, mount } from './dom';

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

const hasStance = (stance: string) => (claim: (typeof mockReport.claims)[number]) =>
  claim.matches.some((match) => match.stance === stance);

function renderSidebar(overrides: Partial<SidebarProps> = {}) {
  const props = {
    onToggle: vi.fn(),
    onRetry: vi.fn(),
    onShowClaim: vi.fn(),
    onFilterChange: vi.fn(),
    ...overrides,
  };
  return { container: mount(<Sidebar status={{ ...mockReadyStatus, open: true }} {...props} />), props };
}

const listedIds = (container: Element) =>
  all(container, '[data-testid="claim"]').map((claim) => claim.getAttribute('data-claim-id'));

describe('filters', () => {
  it('list all claims with evidence, only those with conflicts, or only those with agreements', () => {
    expect(filterClaims(mockReport, 'all')).toEqual(claimsWithEvidence(mockReport));
    expect(filterClaims(mockReport, 'conflict').map((c) => c.id)).toEqual(
      mockReport.claims.filter(hasStance('conflict')).map((c) => c.id),
    );
    for (const claim of filterClaims(mockReport, 'agree')) {
      expect(claim.matches.length).toBeGreaterThan(0);
      expect(claim.matches.every((match) => match.stance === 'agree')).toBe(true);
    }
    expect(filterCounts(mockReport)).toEqual({
      all: claimsWithEvidence(mockReport).length,
      conflict: mockReport.summary.conflict,
      agree: mockReport.summary.agree,
    });
  });

  it('are radio buttons with their counts, and the checked one decides the list', () => {
    const everything = renderSidebar();
    const radios = all(everything.container, 'input[type="radio"]');
    expect(radios.map((radio) => radio.getAttribute('data-testid'))).toEqual([
      'filter-all',
      'filter-conflict',
      'filter-agree',
    ]);
    expect(everything.container.querySelector('fieldset legend')?.textContent).toBe('Show claims');
    expect(
      everything.container.querySelector('[data-testid="filter-conflict"]')?.closest('label')?.textContent,
    ).toContain(`(${mockReport.summary.conflict})`);
    change(everything.container.querySelector('[data-testid="filter-conflict"]'), { checked: true });
    expect(everything.props.onFilterChange).toHaveBeenCalledWith('conflict');

    const conflicts = renderSidebar({ filter: 'conflict' });
    expect(listedIds(conflicts.container)).toEqual(
      mockReport.claims.filter(hasStance('conflict')).map((c) => c.id),
    );
    const stances = all(conflicts.container, '[data-testid="evidence"]').map((e) =>
      e.getAttribute('data-stance'),
    );
    expect(new Set(stances)).toEqual(new Set(['conflict']));
    expect(conflicts.container.querySelector('[data-testid="filter"]')?.getAttribute('data-filter')).toBe(
      'conflict',
    );
  });
});

describe('claims placed in the page, or not', () => {
  it('are buttons while placing goes on and once placed; a claim not found says so and is still listed', () => {
    const ids = claimsWithEvidence(mockReport).map((claim) => claim.id);
    const placed = new Set(ids.slice(1));
    const { container, props } = renderSidebar({ placedClaimIds: placed, placementDone: true });
    const [missing, ...found] = all(container, '[data-testid="claim"]');
    expect(missing?.getAttribute('data-placed')).toBe('false');
    expect(missing?.querySelector('button')).toBeNull();
    expect(missing?.querySelector('[data-testid="claim-unplaced"]')?.textContent).toMatch(/not found/i);
    expect(found.every((claim) => claim.getAttribute('data-placed') === 'true')).toBe(true);
    click(found[0]?.querySelector('button[data-testid="claim-text"]') ?? null);
    expect(props.onShowClaim).toHaveBeenCalledWith(expect.objectContaining({ id: ids[1] }));
    expect(container.querySelector('[data-state]')?.getAttribute('data-placement')).toBe('done');

    const pending = renderSidebar({ placedClaimIds: new Set(), placementDone: false });
    expect(all(pending.container, '[data-testid="claim-unplaced"]')).toHaveLength(0);
    expect(pending.container.querySelector('[data-state]')?.getAttribute('data-placement')).toBe('pending');
  });

  it('marks the claim the reader came to from the page as current, with its strongest stance', () => {
    const target = claimsWithEvidence(mockReport)[1];
    const { container } = renderSidebar({ activeClaimId: target?.id });
    const current = all(container, '[aria-current="true"]');
    expect(current.map((claim) => claim.getAttribute('data-claim-id'))).toEqual([target?.id]);
    expect(current[0]?.getAttribute('data-stance')).toBe(strongestStance(target?.matches ?? []));
  });

  it('follows the page theme', () => {
    const { container } = renderSidebar({ theme: 'dark' });
    expect(container.querySelector('[data-state]')?.getAttribute('data-theme')).toBe('dark');
  });
});

describe('the resize handle', () => {
  it('is a focusable separator with its value, moved by the arrow keys within bounds', () => {
    const onResize = vi.fn();
    const container = mount(<ResizeHandle width={360} min={280} max={720} onResize={onResize} />);
    const handle = container.querySelector('[role="separator"]') as HTMLElement;
    expect(handle.getAttribute('aria-valuenow')).toBe('360');
    expect(handle.getAttribute('aria-label')).toMatch(/resize/i);
    const key = (init: { key: string; shiftKey?: boolean }) => {
      const event = new window.Event('keydown', { bubbles: true }) as Event & {
        key: string;
        shiftKey: boolean;
      };
      Object.assign(event, { shiftKey: false, ...init });
      handle.dispatchEvent(event);
    };
    key({ key: 'ArrowLeft' });
    key({ key: 'ArrowRight', shiftKey: true });
    key({ key: 'End' });
    key({ key: 'Tab' });
    expect(onResize.mock.calls).toEqual([
      [376, true],
      [296, true],
      [720, true],
    ]);
  });
});
