import Papa from 'papaparse';
import type { CorpusArticle } from '../types';
import { checkUniqueArticleIds, recordToArticle } from './article-record';
import { InputError } from './input-error';

/** Columns the importer understands; header names are matched without regard to case or spaces. */
const KNOWN_COLUMNS = ['id', 'text', 'articleBody', 'title', 'source', 'url', 'published'];

/** Rows are numbered as a spreadsheet shows them: the header is row 1, the first record row 2. */
export const csvRowLabel = (recordIndex: number) => `row ${recordIndex + 2}`;

function canonicalColumn(header: string): string {
  const key = header.replace(/\s+/g, '').toLowerCase();
  return KNOWN_COLUMNS.find((column) => column.toLowerCase() === key) ?? header;
}

export interface CsvTable {
  fields: string[];
  records: Record<string, string>[];
}

/**
 * A CSV file with a header row, as records. Any malformed row is an InputError naming it.
 * The delimiter is detected (comma, semicolon, tab), since spreadsheets export all three.
 */
export function parseCsvTable(
  file: string,
  content: string,
  transformHeader?: (header: string) => string,
): CsvTable {
  const result = Papa.parse<Record<string, string>>(content, {
    header: true,
    skipEmptyLines: 'greedy',
    ...(transformHeader ? { transformHeader } : {}),
  });
  // A single-column file has no delimiter to detect; that is not an error.
  const error = result.errors.find((e) => e.type !== 'Delimiter');
  if (error) {
    // Papaparse counts quote errors over raw rows (header included), the others over records.
    const row =
      error.row === undefined
        ? null
        : error.type === 'Quotes'
          ? `row ${error.row + 1}`
          : csvRowLabel(error.row);
    throw new InputError(file, row, error.message);
  }
  return { fields: result.meta.fields ?? [], records: result.data };
}

/** CSV with a header row naming `text` or `articleBody`, optionally `title`, `source`, `url`, `published`, `id`. */
export function readCsv(file: string, content: string): CorpusArticle[] {
  const { fields, records } = parseCsvTable(file, content, canonicalColumn);
  if (!fields.includes('text') && !fields.includes('articleBody')) {
    throw new InputError(file, 'header', 'needs a "text" or "articleBody" column');
  }
  if (records.length === 0) throw new InputError(file, null, 'no rows after the header');
  const articles = records.map((record, i) =>
    recordToArticle(record, { file, where: csvRowLabel(i), index: i }),
  );
  checkUniqueArticleIds(articles, file, csvRowLabel);
  return articles;
}
