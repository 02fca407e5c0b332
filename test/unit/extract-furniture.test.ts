import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/core/extract';
import { parseDocument } from '../support/pages';

const SENTENCE = 'The harbour board approved the new ferry terminal on Tuesday after a long public review.';
/** Enough plain paragraphs for Readability to see an article around the markup under test. */
const BODY = `<p>${SENTENCE}</p>`.repeat(10);

function textOf(articleHtml: string): string {
  const html = `<html lang="en"><head><title>Ferry terminal</title></head><body><article><h1>Ferry terminal</h1>${articleHtml}</article></body></html>`;
  const article = extractArticle(parseDocument(html), 'https://news.example/ferry');
  expect(article).not.toBeNull();
  return article?.text ?? '';
}

describe('extractArticle leaves page furniture out of the text', () => {
  it('skips HTML comments, whose textContent is their source', () => {
    const text = textOf(
      `${BODY}<p>Work starts in May.<!-- close main --> Crews are hired.</p><!-- close site-index -->`,
    );
    expect(text).not.toContain('close');
    expect(text).toContain('Work starts in May. Crews are hired.');
  });

  it('ends a line at <br>, so a label and a value or a caption and a sentence do not run together', () => {
    const text = textOf(
      `${BODY}<p>Photo by Ann Lee<br>The terminal opens in June.</p><p>Cost<br/>40 million</p>`,
    );
    expect(text).toContain('Photo by Ann Lee\n\nThe terminal opens in June.');
    expect(text).not.toMatch(/Cost40/);
  });

  it('drops code listings (also a paragraph of nothing but code), embedded posts, gallery slides and screen-reader-only labels', () => {
    const text = textOf(
      [
        BODY,
        '<pre><code>function Cow(name) { this.name = name; }</code></pre>',
        '<blockquote class="twitter-tweet"><p>Drinking game for web devs</p></blockquote>',
        '<div class="slideshow-description">In this photo dated Tuesday the ferry is moored.</div>',
        '<a class="visually-hidden" href="#more">Continue reading the main story</a>',
        '<p>Inline <code>npm test</code> stays part of its sentence.</p>',
        "<p><code>use Standard::Disclaimer;</code><br><code>SELECT full_text FROM standard WHERE type = 'x';</code></p>",
      ].join(''),
    );
    expect(text).not.toMatch(/function Cow|Drinking game|In this photo|Continue reading|Disclaimer|SELECT/);
    expect(text).toContain('Inline npm test stays part of its sentence.');
  });

  it("drops footnote markers, which would split a sentence after its full stop, and a wiki's reference list", () => {
    const text = textOf(
      [
        BODY,
        '<p>The terminal cost $40 million.<sup class="reference">[12]</sup> It opens in June.<sup>[citation needed]</sup></p>',
        '<p>Water is H<sub>2</sub>O and the area is 5 km<sup>2</sup>.</p>',
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
        '<div class="reflist"><ol class="references"><li>^ "Ferry terminal approved". Gazette.</li></ol></div>',
      ].join(''),
    );
    expect(text).toContain('The terminal cost $40 million. It opens in June.');
    expect(text).toContain('5 km2.');
    expect(text).not.toMatch(/\[12\]|citation needed|Home News|Gazette/);
  });

  it("keeps an element matching a furniture class when it holds most of the page's text", () => {
    const text = textOf(`<div class="article-with-captions">${BODY}</div>`);
    expect(text).toContain(SENTENCE);
  });
});
