import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EvidenceItem } from '../../components/evidence-item';
import { markWords } from '../../components/mark-words';
import type { Match } from '../../lib/core/types';
import { all, installDom, mount } from './dom';

beforeEach(() => installDom());
afterEach(() => vi.unstubAllGlobals());

const match = (over: Partial<Match['statement']> = {}, differences?: Match['differences']): Match => ({
  stance: 'conflict',
  score: 0.5,
  reasons: [{ kind: 'number', detail: '120 million against 150 million' }],
  statement: {
    text: "Mayor Alice Brandt said the bridge didn't cost 150 million but 120 million dollars.",
    corpusId: 'harbour',
    articleId: 'bridge-opens',
    articleTitle: 'Harbour bridge opens to traffic',
    source: 'Coastal Gazette',
    url: 'https://gazette.example/bridge-opens',
    published: '2024-03-01',
    ...over,
  },
  ...(differences ? { differences } : {}),
});

describe('marking the words that differ', () => {
  it('marks whole words only, longest first, with either apostrophe', () => {
    const pieces = markWords('It didn’t cost 120 million; 1200 is another number.', [
      '120',
      "didn't",
      'cost more',
    ]);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['didn’t', '120']);
    expect(pieces.map((piece) => piece.text).join('')).toBe(
      'It didn’t cost 120 million; 1200 is another number.',
    );
  });

  it('keeps the text whole when there is nothing to mark', () => {
    expect(markWords('Plain text.', undefined)).toEqual([{ text: 'Plain text.', marked: false }]);
    expect(markWords('Plain text.', ['', '  '])).toEqual([{ text: 'Plain text.', marked: false }]);
    expect(markWords('', ['word'])).toEqual([]);
  });

  it('treats words with pattern characters literally', () => {
    const pieces = markWords('Costs rose (a lot) by 3x5, or 3.5 percent.', ['3.5', '(a']);
    expect(pieces.filter((piece) => piece.marked).map((piece) => piece.text)).toEqual(['(a', '3.5']);
  });
});

describe('an evidence item', () => {
  it('shows the statement with its differing words in <mark>, as text', () => {
    const container = mount(
      <EvidenceItem match={match({}, { claim: ['150'], statement: ['120', "didn't"] })} />,
    );
    const text = container.querySelector('[data-testid="evidence-text"]');
    expect(text?.textContent).toBe(
      "Mayor Alice Brandt said the bridge didn't cost 150 million but 120 million dollars.",
    );
    expect(all(text as Element, 'mark').map((mark) => mark.textContent)).toEqual(["didn't", '120']);
  });

  it('repeats the claim with its own differing words marked under a conflict, and only there', () => {
    const claim = 'The bridge cost 150 million dollars, the mayor said.';
    const differences = { claim: ['150', 'mayor'], statement: ['120'] };
    const conflict = mount(<EvidenceItem match={match({}, differences)} claimText={claim} />);
    const shown = conflict.querySelector('[data-testid="evidence-claim-diff"]') as Element;
    expect(shown.textContent).toContain(claim);
    expect(all(shown, 'mark').map((mark) => mark.textContent)).toEqual(['150', 'mayor']);
    const agree = mount(
      <EvidenceItem match={{ ...match({}, differences), stance: 'agree' }} claimText={claim} />,
    );
    expect(agree.querySelector('[data-testid="evidence-claim-diff"]')).toBeNull();
  });

  it('never parses statement text as HTML', () => {
    const container = mount(
      <EvidenceItem
        match={match(
          { text: 'A <b>bold</b> <img src=x onerror=alert(1)> claim.' },
          { claim: [], statement: ['bold'] },
        )}
      />,
    );
    const text = container.querySelector('[data-testid="evidence-text"]') as Element;
    expect(all(text, 'b, img')).toHaveLength(0);
    expect(text.textContent).toBe('A <b>bold</b> <img src=x onerror=alert(1)> claim.');
  });

  it('gives outlet, article title as a safe link, and the date', () => {
    const container = mount(<EvidenceItem match={match()} />);
    const source = container.querySelector('[data-testid="evidence-source"]') as Element;
    expect(source.textContent).toContain('Coastal Gazette');
    const link = source.querySelector('a[data-testid="evidence-link"]');
    expect(link?.getAttribute('href')).toBe('https://gazette.example/bridge-opens');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toContain('Harbour bridge opens to traffic');
    const date = source.querySelector('time[data-testid="evidence-date"]');
    expect(date?.getAttribute('datetime')).toBe('2024-03-01');
    expect(date?.textContent).toMatch(/2024/);
  });

  it('links only http and https addresses, and shows no date it does not have', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'not a url', null]) {
      const container = mount(<EvidenceItem match={match({ url, published: null })} />);
      expect(container.querySelector('a')).toBeNull();
      expect(container.querySelector('[data-testid="evidence-source"]')?.textContent).toContain(
        'Harbour bridge opens to traffic',
      );
      expect(container.querySelector('time')).toBeNull();
    }
  });
});
