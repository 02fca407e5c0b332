import * as v from 'valibot';
import type { CorpusFile } from '../types';
import { isIsoDate, isWebUrl } from './dates-and-urls';
import { InputError } from './input-error';

const FORMAT = 'crosscheck.corpus';
const VERSION = 1;

const nonBlank = v.pipe(
  v.string('must be a string'),
  v.check((value) => value.trim() !== '', 'must not be empty'),
);

const isoDate = v.pipe(
  v.string('must be an ISO date string'),
  v.check(isIsoDate, 'must be an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)'),
);

const ArticleSchema = v.object({
  id: nonBlank,
  title: nonBlank,
  source: v.string('must be a string'),
  url: v.nullable(
    v.pipe(v.string('must be a string or null'), v.check(isWebUrl, 'must be an http(s) address or null')),
  ),
  published: v.nullable(isoDate),
  text: nonBlank,
});

const CorpusSchema = v.object({
  format: v.literal(FORMAT),
  version: v.literal(VERSION),
  id: nonBlank,
  name: nonBlank,
  // Older or hand-written files may leave the description out; it is only shown, never matched.
  description: v.optional(v.string('must be a string'), ''),
  createdAt: isoDate,
  articles: v.pipe(v.array(ArticleSchema, 'must be an array of articles'), v.minLength(1, 'has no articles')),
});

/** `articles[3].text` from valibot's path. */
function formatPath(issue: v.BaseIssue<unknown>): string | null {
  const keys = issue.path?.map((item) => item.key) ?? [];
  if (keys.length === 0) return null;
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
  return issue.message;
}

/** Checks the kind and version first, so that a file of another kind gets one plain sentence, not a field list. */
function checkKind(value: unknown, file: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(file, null, 'not a Crosscheck corpus file (expected a JSON object)');
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== FORMAT) {
    throw new InputError(file, 'format', `not a Crosscheck corpus file (format must be "${FORMAT}")`);
  }
  if (version !== VERSION) {
    throw new InputError(
      file,
      'version',
      `unsupported corpus version ${JSON.stringify(version)} (expected ${VERSION})`,
    );
  }
}

function checkUniqueIds(corpus: CorpusFile, file: string): void {
  const seen = new Map<string, number>();
  corpus.articles.forEach((article, i) => {
    const first = seen.get(article.id);
    if (first !== undefined) {
      throw new InputError(
        file,
        `articles[${i}].id`,
        `duplicate article id "${article.id}" (also articles[${first}])`,
      );
    }
    seen.set(article.id, i);
  });
}

/** Validates parsed JSON as a corpus file. Throws an InputError naming the first bad field. */
export function validateCorpus(value: unknown, file: string): CorpusFile {
  checkKind(value, file);
  const result = v.safeParse(CorpusSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    throw new InputError(file, formatPath(issue), describeIssue(issue));
  }
  const corpus = result.output as CorpusFile;
  checkUniqueIds(corpus, file);
  return corpus;
}
