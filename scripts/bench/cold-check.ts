/**
 * One page checked against one corpus the way a fresh CLI process does it, with the stages around
 * `checkArticle` timed too: the corpus prepared (split and indexed), stored and loaded back, and the page
 * checked first cold (as `crosscheck check` reports it) and then again warm.
 *
 *   npx tsx scripts/bench/cold-check.ts 100000 test/fixtures/news/cnn-seed.html
 *   npx tsx scripts/bench/cold-check.ts corpus.json page.html
 *   npx tsx scripts/bench/cold-check.ts 100000 page.html --bodies path/to/train_bodies.csv
 *
 * A number instead of a corpus file stands for the bench's synthetic corpus of that many statements (see
 * bench/README.md), ten to an article. Prints one JSON line. Run it several times: on a shared machine one
 * run says little.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHtml } from '../../lib/cli/files';
import { checkArticle } from '../../lib/core/check';
import { loadCorpus, prepareCorpus, serializeCorpus } from '../../lib/core/corpus';
import { extractArticle } from '../../lib/core/extract';
import type { CorpusFile } from '../../lib/core/types';
import { DEFAULT_FNC1_DIR } from '../train/fnc1-data';
import { fnc1Sentences } from './fnc1-sentences';
import { round, timed } from './measure';
import { syntheticCorpus } from './synthetic-corpus';

/** Statements per article of the synthetic corpus. */
const ARTICLE_STATEMENTS = 10;

function synthetic(size: number, bodies: string): CorpusFile {
  const sentences = syntheticCorpus(fnc1Sentences(bodies), size);
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bodies: { type: 'string', default: join(DEFAULT_FNC1_DIR, 'train_bodies.csv') } },
});
const [corpusArg, pagePath] = positionals;
if (!corpusArg || !pagePath) {
  console.error('usage: cold-check.ts CORPUS.json|STATEMENTS PAGE.html [--bodies train_bodies.csv]');
  process.exit(2);
}
let file: CorpusFile;
try {
  file = /^\d+$/.test(corpusArg)
    ? synthetic(Number(corpusArg), values.bodies)
    : (JSON.parse(readFileSync(corpusArg, 'utf8')) as CorpusFile);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
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
