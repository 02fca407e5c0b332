import type { CorpusArticle } from '../types';
import { articleId } from './article-id';
import { isWebUrl, toIsoDate } from './dates-and-urls';
import { deriveTitle } from './derive-title';
import { InputError } from './input-error';
import { splitParagraphs } from './paragraphs';

/** Where a record came from, for ids and for error messages ("line 4", "row 7"). */
export interface RecordContext {
  file: string;
  where: string;
  index: number;
}

/** The names a record may give its text: ours, and schema.org's (used by FNC-1 and many scraped data sets). */
const TEXT_FIELDS = ['text', 'articleBody'] as const;

function optionalString(record: Record<string, unknown>, field: string, at: RecordContext): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InputError(at.file, at.where, `${field}: must be a string`);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function readText(record: Record<string, unknown>, at: RecordContext): string {
  const field = TEXT_FIELDS.find((name) => record[name] !== undefined && record[name] !== null);
  if (!field) throw new InputError(at.file, at.where, 'no "text" or "articleBody" field');
  const value = record[field];
  if (typeof value !== 'string') throw new InputError(at.file, at.where, `${field}: must be a string`);
  if (value.trim() === '') throw new InputError(at.file, at.where, `${field}: is empty`);
  return value;
}

function readId(record: Record<string, unknown>, at: RecordContext): string | null {
  const value = record.id;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return optionalString(record, 'id', at);
}

/** One article from a loosely shaped record (a JSON Lines object, a CSV row). Throws InputError. */
export function recordToArticle(record: Record<string, unknown>, at: RecordContext): CorpusArticle {
  const paragraphs = splitParagraphs(readText(record, at));
  const text = paragraphs.join('\n\n');
  const url = optionalString(record, 'url', at);
  if (url !== null && !isWebUrl(url)) {
    throw new InputError(at.file, at.where, 'url: must be an http(s) address or empty');
  }
  const publishedRaw = optionalString(record, 'published', at);
  const published = publishedRaw === null ? null : toIsoDate(publishedRaw);
  if (publishedRaw !== null && published === null) {
    throw new InputError(at.file, at.where, `published: "${publishedRaw}" is not a date`);
  }
  return {
    id: readId(record, at) ?? articleId(at.file, at.index, text),
    title: optionalString(record, 'title', at) ?? deriveTitle(paragraphs),
    source: optionalString(record, 'source', at) ?? '',
    url,
    published,
    text,
  };
}

/** Ids given by the data must not repeat within a file: the second would shadow the first's evidence. */
export function checkUniqueArticleIds(
  articles: readonly CorpusArticle[],
  file: string,
  where: (i: number) => string,
) {
  const seen = new Map<string, number>();
  articles.forEach((article, i) => {
    const first = seen.get(article.id);
    if (first !== undefined) {
      throw new InputError(file, where(i), `duplicate article id "${article.id}" (first at ${where(first)})`);
    }
    seen.set(article.id, i);
  });
}
