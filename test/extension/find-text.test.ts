import { afterEach, describe, expect, it, vi } from 'vitest';
import { findText, foldForSearch, type TextPosition } from '../../lib/extension/page/find-text';
import { installDom } from './dom';

afterEach(() => vi.unstubAllGlobals());

/** The page text a position covers, read back from its nodes. */
function covered(doc: Document, position: TextPosition): string {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = '';
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const from = node === position.startNode ? position.startOffset : 0;
    if (node === position.startNode) inside = true;
    if (!inside) continue;
    const to = node === position.endNode ? position.endOffset : node.data.length;
    text += node.data.slice(from, to);
    if (node === position.endNode) break;
  }
  return text;
}

const PAGE = `
  <script>var claim = "Trump and Putin will not formally meet";</script>
  <article>
    <p>Story highlights</p>
    <p>President <a href="/trump">Donald Trump</a> and Russian President Vladimir Putin will not hold a
       formal meeting at the summit, Sarah Sanders has told reporters.</p>
    <p>“The meeting will take place on the sidelines,” Putin spokesman Dmitry Peskov said Friday.</p>
  </article>`;

describe('findText', () => {
  it('finds a claim across inline tags and line breaks', () => {
    const doc = installDom(PAGE);
    const claim =
      'President Donald Trump and Russian President Vladimir Putin will not hold a formal meeting at the summit';
    const position = findText(doc.body, claim);
    expect(position).not.toBeNull();
    expect(foldForSearch(covered(doc, position as TextPosition))).toBe(foldForSearch(claim));
  });

  it('matches straight quotes against typographic ones', () => {
    const doc = installDom(PAGE);
    const position = findText(
      doc.body,
      '"The meeting will take place on the sidelines," Putin spokesman Dmitry Peskov said Friday.',
    );
    expect(position && covered(doc, position)).toBe(
      '“The meeting will take place on the sidelines,” Putin spokesman Dmitry Peskov said Friday.',
    );
  });

  it('falls back to the beginning of a claim whose end differs from the page', () => {
    const doc = installDom(PAGE);
    const position = findText(
      doc.body,
      'President Donald Trump and Russian President Vladimir Putin will not hold any talks whatsoever.',
    );
    expect(position && covered(doc, position).startsWith('President ')).toBe(true);
  });

  it('ignores script text and answers null for text not in the page', () => {
    const doc = installDom(PAGE);
    expect(findText(doc.body, 'var claim = "Trump and Putin will not formally meet"')).toBeNull();
    expect(findText(doc.body, 'An entirely different sentence about the weather in Hanoi.')).toBeNull();
    expect(findText(doc.body, '   ')).toBeNull();
  });
});
