import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockReadyStatus, mockReport } from '../../components/fixtures/mock-report';
import { Sidebar } from '../../components/sidebar';
import type { Report } from '../../lib/core/types';
import { installDom, mount } from './dom';

/** Fields the engine fills from a fixed set (enums, ids, ISO dates): page and corpus text is everything else. */
const FIXED_KEYS = new Set(['id', 'stance', 'kind', 'corpusId', 'articleId', 'published']);

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    '<a href="javascript:window.__pwned=1">read</a>',
    'javascript:window.__pwned=1',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://news.example/a',
    '&lt;b&gt;',
    '$& $1 \\',
    '(.*)+[',
    '',
    '\u202E',
  ),
);

/** The report with every page- or corpus-given string replaced, in order, by `texts` (cycled). */
function withTexts(report: Report, texts: string[]): Report {
  let next = 0;
  const replace = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return FIXED_KEYS.has(key) ? value : texts[next++ % texts.length];
    if (Array.isArray(value)) return value.map((item) => replace(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]));
    return value;
  };
  return replace(report, '') as Report;
}

/** What the sidebar is made of for the fixture report, open: arbitrary text may not add any other element. */
function elementsOf(container: Element): Set<string> {
  return new Set([...container.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()));
}

const props = { onToggle: vi.fn(), onRetry: vi.fn(), onShowClaim: vi.fn() };

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

describe('the sidebar on any report text', () => {
  it('renders it as text: no new kind of element, no handler, no link but http(s)', () => {
    const baseline = mount(<Sidebar status={{ ...mockReadyStatus, open: true }} {...props} />);
    // Links and marked words come and go with the data (a URL, differing words); both are the sidebar's own.
    const allowed = new Set([...elementsOf(baseline), 'a', 'mark']);
    render(null, baseline);
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 40 }), (texts) => {
        const report = withTexts(mockReport, texts);
        const container = mount(<Sidebar status={{ ...mockReadyStatus, open: true, report }} {...props} />);
        try {
          const elements = [...container.querySelectorAll('*')];
          expect(elements.map((e) => e.tagName.toLowerCase()).filter((tag) => !allowed.has(tag))).toEqual([]);
          for (const element of elements) {
            expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
          }
          for (const link of container.querySelectorAll('a')) {
            expect(link.getAttribute('href') ?? 'https:').toMatch(/^https?:/i);
          }
        } finally {
          render(null, container);
          container.remove();
        }
      }),
      { numRuns: 150 },
    );
  });
});
