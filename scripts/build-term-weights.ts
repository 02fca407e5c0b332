/**
 * Builds lib/core/data/document-frequency.json: how many news articles of a reference collection use each
 * word stem. The matcher turns it into inverse document frequencies, so that "Putin" outweighs "said" even in
 * a corpus of two articles, where the corpus alone could not tell them apart.
 *
 * Source: the bodies of the FNC-1 training set (1,683 news articles, 2014–2017).
 *   npx tsx scripts/build-term-weights.ts ../shared/eval/fnc1/train_bodies.csv
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { tokenize } from '../lib/core/text/tokenize';

/** Stems seen in fewer articles than this are left out; the matcher treats unknown stems as rare. */
const MIN_DOCUMENT_FREQUENCY = 3;

const [input = '../shared/eval/fnc1/train_bodies.csv'] = process.argv.slice(2);
const rows = Papa.parse<{ articleBody: string }>(readFileSync(input, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const df = new Map<string, number>();
for (const row of rows) {
  const stems = new Set(tokenize(row.articleBody ?? '').map((token) => token.stem));
  for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
}
const kept = [...df].filter(([, count]) => count >= MIN_DOCUMENT_FREQUENCY).sort((a, b) => b[1] - a[1]);
const out = { documents: rows.length, source: 'FNC-1 train_bodies.csv', df: Object.fromEntries(kept) };
writeFileSync('lib/core/data/document-frequency.json', `${JSON.stringify(out)}\n`);
console.log(`${rows.length} articles, ${kept.length} stems kept`);
