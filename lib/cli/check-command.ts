import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkArticle } from '../core/check';
import { type PreparedCorpus, prepareCorpus } from '../core/corpus';
import { extractArticle } from '../core/extract';
import {
  checkTextContent,
  fileExtension,
  InputError,
  parseCorpusFile,
  readArticles,
  statedUrl,
} from '../core/import/index';
import type { ArticleInput, CorpusFile, Report } from '../core/types';
import { bundledCorpusFile } from './bundled-corpus';
import { type CliIo, parseOptions, UsageError } from './cli-io';
import { cacheDir, cacheKey, readCached, writeCached } from './corpus-cache';
import { parseHtml, readInputFile } from './files';
import { formatReport } from './format-report';
import { USAGE } from './usage';

const HTML_EXTENSIONS = ['html', 'htm'];
const TEXT_EXTENSIONS = ['txt', 'text', 'md', 'markdown'];

interface LoadedArticle {
  article: ArticleInput;
  /** False for a page Readability finds no article in. */
  isArticle: boolean;
  extractMs: number;
}

/** Reads FILE into the article to check, timing the extraction the way the extension's content script does. */
async function loadArticle(file: string): Promise<LoadedArticle> {
  const extension = fileExtension(file);
  if (!HTML_EXTENSIONS.includes(extension) && !TEXT_EXTENSIONS.includes(extension)) {
    throw new InputError(file, null, 'check reads .html, .htm, .txt or .md files');
  }
  const content = await readInputFile(file);
  const fileUrl = pathToFileURL(resolve(file)).href;
  const started = performance.now();
  if (TEXT_EXTENSIONS.includes(extension)) {
    const [read] = readArticles(file, content, { parseHtml, decodedStrictly: true });
    if (!read) throw new InputError(file, null, 'no text');
    const article = { title: read.title, url: fileUrl, site: '', text: read.text };
    return { article, isArticle: true, extractMs: performance.now() - started };
  }
  const doc = parseHtml(checkTextContent(file, content, { decodedStrictly: true }));
  const url = statedUrl(doc) ?? fileUrl;
  const extracted = extractArticle(doc, url);
  const extractMs = performance.now() - started;
  if (extracted) return { article: extracted, isArticle: true, extractMs };
  return { article: { title: doc.title ?? '', url, site: '', text: '' }, isArticle: false, extractMs };
}

/** What `check` reports for a page that is not an article: no claims, and a note saying why. */
function notArticleReport(article: ArticleInput, extractMs: number): Report {
  return {
    article: { title: article.title, url: article.url, site: article.site },
    claims: [],
    summary: { claims: 0, agree: 0, conflict: 0, related: 0 },
    timings: { extractMs, claimsMs: 0, indexMs: 0, matchMs: 0, totalMs: extractMs },
    excluded: [],
    unsupported: { reason: 'this page is not an article (Readability found no article text in it)' },
  };
}

/**
 * The corpora to check against, prepared: taken from the cache of prepared corpora (corpus-cache.ts) where one
 * is kept for the same file text, otherwise split and indexed, and kept for the next run.
 */
async function loadCorpora(files: string[], bundled: boolean, cached: boolean): Promise<PreparedCorpus[]> {
  const dir = cacheDir();
  const texts = bundled ? [JSON.stringify(bundledCorpusFile())] : [];
  for (const file of files) texts.push(await readInputFile(file));
  const keys = cached ? await Promise.all(texts.map(cacheKey)) : [];
  const found = await Promise.all(keys.map((key) => readCached(dir, key)));
  // Every file not in the cache is validated before any is indexed, so a bad one fails fast.
  const names = [...(bundled ? ['the bundled corpus'] : []), ...files];
  const parsed = texts.map((text, i) => (found[i] ? null : parseCorpusFile(text, names[i] as string)));
  const corpora: PreparedCorpus[] = [];
  for (const [i, file] of parsed.entries()) {
    const hit = found[i];
    if (hit) {
      corpora.push(hit);
      continue;
    }
    const prepared = prepareCorpus(file as CorpusFile);
    if (cached) await writeCached(dir, keys[i] as string, prepared);
    corpora.push(prepared);
  }
  return corpora;
}

/** `crosscheck check FILE [--corpus CORPUS.json]... [--no-bundled] [--json] [--all]` */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    corpus: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError('check needs a FILE to check');
  if (extra !== undefined) throw new UsageError(`check takes one FILE (also got "${extra}")`);
  const corpusFiles = values.corpus ?? [];
  if (values['no-bundled'] && corpusFiles.length === 0) {
    throw new UsageError('--no-bundled leaves nothing to check against: add --corpus CORPUS.json');
  }
  const loaded = await loadArticle(file);
  const corpusStarted = performance.now();
  const corpora = await loadCorpora(corpusFiles, !values['no-bundled'], !values['no-cache']);
  const corpusMs = Number((performance.now() - corpusStarted).toFixed(2));
  const checked = loaded.isArticle
    ? checkArticle(loaded.article, corpora, { extractMs: loaded.extractMs })
    : notArticleReport(loaded.article, loaded.extractMs);
  // Preparing corpora is the CLI's cost, not the check's: the extension keeps its corpora prepared, so this
  // is reported beside the check's timings and left out of totalMs.
  const report: Report = { ...checked, timings: { ...checked.timings, corpusMs } };
  io.stdout.write(
    values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { all: !!values.all }),
  );
  return 0;
}
