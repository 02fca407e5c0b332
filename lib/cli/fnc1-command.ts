import Papa from 'papaparse';
import type { PreparedCorpus } from '../core/corpus';
import { bodyCorpus as makeBodyCorpus } from '../core/fnc1/body-corpus';
import { classifyPair } from '../core/fnc1/classify-pair';
import { countStances, FNC1_STANCES, type Fnc1Stance } from '../core/fnc1/stances';
import { checkTextContent, InputError, parseCsvTable, csvRowLabel as rowLabel } from '../core/import/index';
import { type Analyzed, analyze } from '../core/match/analyze';
import { type CliIo, parseOptions, UsageError } from './cli-io';
import { readInputFile, writeFileAtomic } from './files';
import { startProgress } from './progress';
import { USAGE } from './usage';

async function readCsv(file: string, columns: string[]): Promise<Record<string, string>[]> {
  const { fields, records } = parseCsvTable(
    file,
    checkTextContent(file, await readInputFile(file), { decodedStrictly: true }),
  );
  const missing = columns.filter((column) => !fields.includes(column));
  if (missing.length > 0) {
    throw new InputError(
      file,
      'header',
      `needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
  }
  return records;
}

async function readBodies(file: string): Promise<Map<string, { text: string; row: number }>> {
  const bodies = new Map<string, { text: string; row: number }>();
  (await readCsv(file, ['Body ID', 'articleBody'])).forEach((record, i) => {
    const id = (record['Body ID'] ?? '').trim();
    if (!id) throw new InputError(file, rowLabel(i), 'Body ID is empty');
    if (bodies.has(id)) throw new InputError(file, rowLabel(i), `Body ID ${id} appears twice`);
    bodies.set(id, { text: record.articleBody ?? '', row: i });
  });
  return bodies;
}

/** The body as a one-article corpus; a body that cannot be one is an error naming its row. */
function bodyCorpus(bodyId: string, body: { text: string; row: number }, file: string): PreparedCorpus {
  try {
    return makeBodyCorpus(bodyId, body.text);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(file, rowLabel(body.row), `articleBody: ${error.problem}`);
    throw error;
  }
}

function summarize(out: string, stances: Fnc1Stance[], gold: (string | undefined)[]): string {
  const counts = countStances(stances);
  const parts = FNC1_STANCES.map((stance) => `${stance} ${counts[stance]}`).join(', ');
  const labelled = gold.filter((label) => label !== undefined && label.trim() !== '').length;
  const correct = stances.filter((stance, i) => gold[i]?.trim().toLowerCase() === stance).length;
  const accuracy =
    labelled === stances.length && labelled > 0 ? `; accuracy ${(correct / labelled).toFixed(3)}` : '';
  return `Wrote ${out}: ${stances.length} predictions (${parts})${accuracy}\n`;
}

/** `crosscheck fnc1 --stances STANCES.csv --bodies BODIES.csv --out PREDICTIONS.csv` */
export async function runFnc1(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    stances: { type: 'string' },
    bodies: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`fnc1 takes no FILE arguments (got "${positionals[0]}")`);
  if (!values.stances || !values.bodies || !values.out) {
    throw new UsageError('fnc1 needs --stances STANCES.csv --bodies BODIES.csv --out PREDICTIONS.csv');
  }
  const { stances: stancesFile, bodies: bodiesFile, out } = values;
  const rows = await readCsv(stancesFile, ['Headline', 'Body ID']);
  const bodies = await readBodies(bodiesFile);
  rows.forEach((row, i) => {
    if (!bodies.has((row['Body ID'] ?? '').trim())) {
      throw new InputError(stancesFile, rowLabel(i), `Body ID ${row['Body ID']} is not in ${bodiesFile}`);
    }
  });
  const corpora = new Map<string, { corpus: PreparedCorpus; analyzed: Analyzed[] }>();
  const progress = startProgress(io, 'Checking headlines', rows.length);
  const predictions = rows.map((row, i) => {
    const bodyId = (row['Body ID'] ?? '').trim();
    let body = corpora.get(bodyId);
    if (!body) {
      const corpus = bodyCorpus(bodyId, bodies.get(bodyId) ?? { text: '', row: -1 }, bodiesFile);
      body = { corpus, analyzed: corpus.statements.map((statement) => analyze(statement.text)) };
      corpora.set(bodyId, body);
    }
    progress.update(i + 1);
    // The headline is the claim as it stands: no sentence splitting, a question or a fragment included.
    return classifyPair(row.Headline ?? '', body.corpus, body.analyzed);
  });
  progress.finish();
  const csv = Papa.unparse(
    {
      fields: ['Headline', 'Body ID', 'Stance'],
      data: rows.map((row, i) => [row.Headline, row['Body ID'], predictions[i]]),
    },
    { newline: '\n' },
  );
  await writeFileAtomic(out, `${csv}\n`);
  io.stdout.write(
    summarize(
      out,
      predictions,
      rows.map((row) => row.Stance),
    ),
  );
  if (predictions.length > 0 && predictions.every((stance) => stance === 'unrelated')) {
    io.stderr.write('crosscheck: note: no headline matched its body; every pair is labelled unrelated\n');
  }
  return 0;
}
