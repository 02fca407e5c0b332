/**
 * One page checked against one corpus the way a fresh CLI process does it, with the stages around
 * `checkArticle` timed too: the corpus prepared (split and indexed), stored and loaded back, and the page
 * checked first cold (as `crosscheck check` reports it) and then again warm.
 *
 *   npx tsx scripts/bench/cold-check.ts 100000 test/fixtures/news/cnn-seed.html
 *   npx tsx scripts/bench/cold-check.ts corpus.json page.html
 *
 * A number instead of a corpus file stands for the bench's synthetic corpus of that many statements (see
 * bench/README.md), ten to an article. Prints one JSON line. Run it several times: on a shared machine one
 * run says little.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../lib/cli/files';
import { checkArticle } from '../../lib/core/check';
import { loadCorpus, prepareCorpus, serializeCorpus } from '../../lib/core/corpus';
import { extractArticle } from '../../lib/core/extract';
import type { CorpusFile } from '../../lib/core/types';
import { fnc1Sentences } from './fnc1-sentences';
import { round, timed } from './measure';
import { syntheticCorpus } from './synthetic-corpus';

const BODIES = fileURLToPath(new URL('../../../shared/eval/fnc1/train_bodies.csv', import.meta.url));
/** Statements per article of the synthetic corpus. */
const ARTICLE_STATEMENTS = 10;

function synthetic(size: number): CorpusFile {
  const sentences = syntheticCorpus(fnc1Sentences(BODIES), size);
  const articles = [];
  for (let i = 0; i < sentences.length; i += ARTICLE_STATEMENTS) {
    const text = sentences.slice(i, i + ARTICLE_STATEMENTS).join('\n\n');
    articles.push({
      id: `a${i}`,
      title: `Article ${i}`,
      source: 'Synthetic',
      url: null,
      published: null,
      text,
    });
  }
  return {
    format: 'crosscheck.corpus',
    version: 1,
    id: `synthetic-${size}`,
    name: 'Synthetic',
    description: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    articles,
  } as CorpusFile;
}

const [corpusArg, pagePath] = process.argv.slice(2);
if (!corpusArg || !pagePath) {
  console.error('usage: cold-check.ts CORPUS.json|STATEMENTS PAGE.html');
  process.exit(2);
}
const file = /^\d+$/.test(corpusArg)
  ? synthetic(Number(corpusArg))
  : (JSON.parse(readFileSync(corpusArg, 'utf8')) as CorpusFile);
const prepared = timed(() => prepareCorpus(file));
const stored = JSON.stringify(serializeCorpus(prepared.value));
const parsed = timed(() => JSON.parse(stored));
const loaded = timed(() => loadCorpus(parsed.value));
const article = extractArticle(parseHtml(readFileSync(pagePath, 'utf8')), 'file:///page');
if (!article) throw new Error(`${pagePath}: not an article`);
const cold = checkArticle(article, [loaded.value]);
const warm = checkArticle(article, [loaded.value]);
console.log(
  JSON.stringify({
    statements: prepared.value.statements.length,
    claims: cold.claims.length,
    prepareMs: round(prepared.ms),
    parseMs: round(parsed.ms),
    loadMs: round(loaded.ms),
    cold: cold.timings,
    warm: warm.timings,
  }),
);
