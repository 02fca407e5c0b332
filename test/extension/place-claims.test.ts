import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../../lib/core/text/normalize';
import { foldText } from '../../lib/extension/page/fold-text';
import { type Placements, placeClaims } from '../../lib/extension/page/place-claims';
import type { TextPosition } from '../../lib/extension/page/text-map';
import { installDom } from './dom';

afterEach(() => vi.unstubAllGlobals());

/** The page text a position covers, read back from its nodes. */
function covered(doc: Document, position: TextPosition): string {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let text = '';
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === position.startNode) inside = true;
    if (!inside) continue;
    const from = node === position.startNode ? position.startOffset : 0;
    const to = node === position.endNode ? position.endOffset : node.data.length;
    text += node.data.slice(from, to);
    if (node === position.endNode) break;
  }
  return text;
}

/** Runs the stepwise placing to the end and counts its steps. */
function place(
  root: Node,
  claims: { id: string; text: string }[],
): { placements: Placements; steps: number } {
  const task = placeClaims(root, claims);
  let steps = 0;
  for (let step = task.next(); ; step = task.next(), steps++)
    if (step.done) return { placements: step.value, steps };
}

const claim = (id: string, text: string) => ({ id, text: normalizeText(text) });

describe('placing claims in the page', () => {
  it('finds each claim exactly, across inline tags, line breaks, curly quotes and dashes', () => {
    const doc = installDom(`<article>
      <p>“The meeting will take place on the <em>sidelines</em>,” Putin’s spokesman said —
         on Friday.</p>
      <p>Sanders said no formal meeting
         will take place.</p></article>`);
    const claims = [
      claim('q', '"The meeting will take place on the sidelines," Putin\'s spokesman said - on Friday.'),
      claim('s', 'Sanders said no formal meeting will take place.'),
    ];
    const { placements } = place(doc.body, claims);
    expect(placements.get('q')?.by).toBe('exact');
    expect(foldText(covered(doc, placements.get('q')?.position as TextPosition))).toBe(
      foldText(claims[0]?.text ?? ''),
    );
    expect(covered(doc, placements.get('s')?.position as TextPosition)).toBe(
      'Sanders said no formal meeting\n         will take place.',
    );
  });

  it('takes a sentence the page repeats where the article has it, after the claim before it', () => {
    const doc = installDom(`<aside><p id="teaser">The bridge cost 150 million dollars to build.</p></aside>
      <article><p>The harbour bridge opened on Friday. The bridge cost 150 million dollars to build.</p></article>`);
    const { placements } = place(doc.body, [
      claim('a', 'The harbour bridge opened on Friday.'),
      claim('b', 'The bridge cost 150 million dollars to build.'),
    ]);
    const b = placements.get('b')?.position;
    expect(b?.startNode.parentElement?.tagName).toBe('P');
    expect(b?.startNode.parentElement?.id).not.toBe('teaser');
  });

  it('places a claim the page words a little differently, over the whole sentence', () => {
    const doc = installDom(`<article><p>Mayor Alice Brandt said the harbour bridge
      <span class="ad">Advertisement</span> cost 150 million dollars to build, far more than planned.</p></article>`);
    const text =
      'Mayor Alice Brandt said the harbour bridge cost 150 million dollars to build, far more than planned.';
    const { placements } = place(doc.body, [claim('c', text)]);
    const placed = placements.get('c');
    expect(placed?.by).toBe('fuzzy');
    const got = covered(doc, placed?.position as TextPosition);
    expect(got.startsWith('Mayor Alice')).toBe(true);
    expect(got.trimEnd().endsWith('than planned.')).toBe(true);
  });

  it('leaves out claims that are not in the page, and never reads scripts or styles', () => {
    const doc = installDom(`<script>var s = "The council approved the budget on Monday evening.";</script>
      <style>/* The council approved the budget on Monday evening. */</style>
      <article><p>The harbour bridge opened on Friday after four years of work.</p></article>`);
    const { placements } = place(doc.body, [
      claim('gone', 'The council approved the budget on Monday evening.'),
      claim('here', 'The harbour bridge opened on Friday after four years of work.'),
    ]);
    expect([...placements.keys()]).toEqual(['here']);
  });

  it('does not take an unrelated sentence sharing a few words for the claim', () => {
    const doc = installDom(
      `<article><p>The harbour bridge in Port Elsby was painted blue by volunteers last spring.</p></article>`,
    );
    const { placements } = place(doc.body, [
      claim('x', 'The harbour bridge in Port Elsby cost 150 million dollars and took four years to build.'),
    ]);
    expect(placements.has('x')).toBe(false);
  });

  it('works in small steps on a long page', () => {
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `<p>Paragraph ${i} says something of its own.</p>`,
    );
    const doc = installDom(
      `<article>${paragraphs.join('')}<p>The last claim is here at the end.</p></article>`,
    );
    const { placements, steps } = place(doc.body, [claim('end', 'The last claim is here at the end.')]);
    expect(placements.has('end')).toBe(true);
    // Reading 2,000 paragraphs is cut into several steps, so it can be spread over idle moments.
    expect(steps).toBeGreaterThanOrEqual(10);
  });

  it('covers exactly the claim, whatever inline markup and spacing the page puts in it', () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,9}$/);
    // Each word as the page may write it: plain, in an inline element, or followed by a line break.
    const written = fc.tuple(word, fc.constantFrom('plain', 'bold', 'link', 'break', 'curly'));
    const sentence = fc.array(written, { minLength: 4, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const shape = (text: string, how: string) =>
          how === 'bold'
            ? `<b>${text}</b>`
            : how === 'link'
              ? `<a href="#">${text}</a>`
              : how === 'break'
                ? `${text}\n   `
                : how === 'curly'
                  ? `’${text}’`
                  : text;
        const html = sentences
          .map((words) => `<p>${words.map(([text, how]) => shape(text, how)).join(' ')}.</p>`)
          .join('\n');
        const doc = installDom(`<article>${html}</article>`);
        const claims = sentences.map((words, i) =>
          claim(`c${i}`, `${words.map(([text, how]) => (how === 'curly' ? `'${text}'` : text)).join(' ')}.`),
        );
        const { placements } = place(doc.body, claims);
        for (const c of claims) {
          const placed = placements.get(c.id);
          expect(placed).toBeDefined();
          expect(foldText(covered(doc, placed?.position as TextPosition))).toBe(foldText(c.text));
        }
        vi.unstubAllGlobals();
      }),
      { numRuns: 60 },
    );
  });
});
