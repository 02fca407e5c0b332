import { cleanParagraph, hasBlankLines, splitParagraphs } from './paragraphs';

/**
 * Light Markdown reading: enough to turn an article written in Markdown into plain paragraphs.
 * Not a Markdown parser; code blocks, tables and HTML are dropped or flattened rather than rendered.
 */

export interface MarkdownText {
  /** From YAML front matter or a heading that opens the document; null when neither exists. */
  title: string | null;
  paragraphs: string[];
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---[^\S\n]*(\n|$)/;
const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+/;
const RULE = /^\s*([-*_=])(\s*\1){2,}\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const BLOCKQUOTE = /^\s*(>\s?)+/;

/** Inline syntax to its text: links keep their words, images go, emphasis and code lose their marks. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}

function frontMatterTitle(block: string): string | null {
  const match = /^title:\s*(.+)$/m.exec(block);
  return match?.[1] ? cleanParagraph(match[1].replace(/^(["'])(.*)\1$/, '$2')) || null : null;
}

export function readMarkdownText(content: string): MarkdownText {
  let body = content.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  const front = FRONT_MATTER.exec(body);
  if (front) {
    title = frontMatterTitle(front[1] ?? '');
    body = body.slice(front[0].length);
  }
  // Decided on the source, before headings and list items are given blank lines of their own.
  const perLine = !hasBlankLines(body);
  const lines: string[] = [];
  let inFence = false;
  let openingHeading: string | null = null;
  let seenContent = false;
  for (const raw of body.split('\n')) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      lines.push('');
      continue;
    }
    if (inFence || RULE.test(raw) || LINK_DEFINITION.test(raw)) {
      lines.push('');
      continue;
    }
    const heading = HEADING.exec(raw);
    const listItem = LIST_ITEM.test(raw);
    const line = stripInline(
      raw.replace(BLOCKQUOTE, '').replace(heading ? HEADING : LIST_ITEM, heading ? '$1' : ''),
    );
    if (heading && !seenContent) openingHeading = cleanParagraph(line);
    if (line.trim() !== '') seenContent = true;
    // A heading or list item is a paragraph of its own even when no blank line sets it apart.
    lines.push(...(heading || listItem ? ['', line, ''] : [line]));
  }
  const paragraphs = splitParagraphs(lines.join('\n'), perLine);
  if (openingHeading && paragraphs[0] === openingHeading) {
    paragraphs.shift();
    title ??= openingHeading;
  }
  return { title, paragraphs };
}
