import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/core/extract';
import { parseDocument } from '../support/pages';

const sentence = (i: number) =>
  `Officials in district ${i} said the council approved ${i % 13} new bus routes after a long debate. `;

const page = (body: string) =>
  parseDocument(
    `<!doctype html><html lang="en"><head><title>Bus routes</title></head><body>${body}</body></html>`,
  );

const paragraphs = (count: number, perParagraph = 2) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(i).repeat(perParagraph)}</p>`).join('');

const nested = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

describe('extractArticle on documents too large to be an article', () => {
  it('reads an ordinary article', () => {
    expect(
      extractArticle(page(`<article>${paragraphs(12)}</article>`), 'https://news.example/a'),
    ).not.toBeNull();
  });

  it('gives up on more than 5 MB of text', () => {
    const huge = `<article><p>${sentence(1).repeat(60_000)}</p>${paragraphs(12)}</article>`;
    expect(extractArticle(page(huge), 'https://news.example/a')).toBeNull();
  });

  it('does not count inline scripts as text: a framework page with megabytes of state is still read', () => {
    const state = `<script type="application/json">${JSON.stringify({ text: 'x'.repeat(6_000_000) })}</script>`;
    expect(
      extractArticle(page(`<article>${paragraphs(12)}</article>${state}`), 'https://news.example/a'),
    ).not.toBeNull();
  });

  it('gives up on more than 50,000 elements', () => {
    const many = `<article>${paragraphs(12)}${'<span>x</span>'.repeat(50_000)}</article>`;
    expect(extractArticle(page(many), 'https://news.example/a')).toBeNull();
  });

  it('reads an article nested a hundred levels deep, gives up at a thousand', () => {
    const article = `<article>${paragraphs(12)}</article>`;
    expect(extractArticle(page(nested(100, article)), 'https://news.example/a')).not.toBeNull();
    expect(extractArticle(page(nested(1_000, article)), 'https://news.example/a')).toBeNull();
  });
});
