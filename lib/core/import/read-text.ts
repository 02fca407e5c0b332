import type { CorpusArticle } from '../types';
import { articleId } from './article-id';
import { deriveTitle } from './derive-title';
import { InputError } from './input-error';
import { splitParagraphs } from './paragraphs';
import { readMarkdownText } from './strip-markdown';

function toArticle(file: string, title: string | null, paragraphs: string[]): CorpusArticle {
  if (paragraphs.length === 0) throw new InputError(file, null, 'no text');
  const text = paragraphs.join('\n\n');
  return {
    id: articleId(file, 0, text),
    title: title ?? deriveTitle(paragraphs),
    source: '',
    url: null,
    published: null,
    text,
  };
}

/**
 * Plain text as one article: paragraphs by blank lines, or one a line when there are none.
 * For text that is not a whole file (a CSV cell, a data set record); throws InputError when it is blank.
 */
export function articleFromText(file: string, text: string): CorpusArticle {
  return toArticle(file, null, splitParagraphs(text));
}

export function readPlainText(file: string, content: string): CorpusArticle[] {
  return [articleFromText(file, content)];
}

/** A Markdown file is one article; its opening heading or front-matter title is the title. */
export function readMarkdown(file: string, content: string): CorpusArticle[] {
  const { title, paragraphs } = readMarkdownText(content);
  return [toArticle(file, title, paragraphs)];
}
