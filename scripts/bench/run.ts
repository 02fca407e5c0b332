/**
 * `npm run bench`: this project's index against plain fuse.js, MiniSearch and a brute-force scan, side by
 * side in one run, on corpora of 1k to 1M statements built from the FNC-1 bodies. Each engine is measured
 * at each size in a process of its own (measure-engine.ts). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_FNC1_DIR } from '../train/fnc1-data';
import { latencyChart } from './chart';
import { type EngineFigures, extrapolate } from './evaluate-engine';
import type { ExhaustiveAgreement } from './exhaustive';
import type { MeasuredEngine } from './measure-engine';
import type { PipelineFigures } from './pipeline';
import { engineTable, pipelineLine, rerankLine } from './table';
import { checkTargets } from './targets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = fileURLToPath(new URL('measure-engine.ts', import.meta.url));

const USAGE = `npm run bench -- [options]
  --sizes LIST           corpus sizes (default 1k,10k,100k,1m)
  --quick                sizes 1k,10k,100k
  --claims N             claims per run (default 60)
  --engines LIST         crosscheck,brute,minisearch,fuse (default all)
  --fuse-sample N        statements fuse.js is measured on, then scaled linearly (default 1000)
  --fuse-claims N        claims fuse.js is timed on (default 12)
  --exhaustive-sample N  claims checked against the exhaustive match past 100k statements (default 6)
  --passes N             times the fast engines search the claims, as one article checked again (default 5)
  --pipeline-max SIZE    largest corpus checkArticle is timed on (default 100k)
  --bodies PATH          FNC-1 train_bodies.csv (default ../shared/eval/fnc1/train_bodies.csv)
  --out DIR              where bench.json and latency.svg go (default bench/results)`;

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a corpus size: ${text}`);
  const unit = match[2]?.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'm' ? 1e6 : unit === 'k' ? 1e3 : 1));
}

/** One engine at one size, measured in a fresh Node with its garbage collector exposed. */
function measure(args: Record<string, string | boolean>): MeasuredEngine {
  const flags = Object.entries(args).flatMap(([key, value]) =>
    value === false ? [] : value === true ? [`--${key}`] : [`--${key}`, value],
  );
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', WORKER, ...flags],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    throw new Error(`measuring ${String(args.engine)} at ${String(args.size)} failed (exit ${child.status})`);
  }
  return JSON.parse(last) as MeasuredEngine;
}

function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1k,10k,100k,1m' },
      quick: { type: 'boolean', default: false },
      claims: { type: 'string', default: '60' },
      engines: { type: 'string', default: 'crosscheck,brute,minisearch,fuse' },
      'fuse-sample': { type: 'string', default: '1000' },
      'fuse-claims': { type: 'string', default: '12' },
      'minisearch-max': { type: 'string', default: '100k' },
      'exhaustive-sample': { type: 'string', default: '6' },
      'pipeline-max': { type: 'string', default: '100k' },
      passes: { type: 'string', default: '5' },
      bodies: { type: 'string', default: join(DEFAULT_FNC1_DIR, 'train_bodies.csv') },
      out: { type: 'string', default: join(ROOT, 'bench', 'results') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = (values.quick ? '1k,10k,100k' : values.sizes).split(',').map(parseSize);
  const engines = values.engines.split(',').map((name) => name.trim());
  const pipelineMax = parseSize(values['pipeline-max']);
  const bodies = resolve(values.bodies);
  const started = performance.now();
  const log = (text: string) =>
    process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

  const results: EngineFigures[] = [];
  const exhaustive: Record<string, ExhaustiveAgreement> = {};
  const pipeline: PipelineFigures[] = [];
  // Engines too slow to run at every size are measured on the first `sample` statements once, then scaled
  // linearly: fuse.js always (it scans every sentence per claim), MiniSearch past a size (its build at a
  // million statements takes minutes and gigabytes, and each claim seconds).
  const sampled: Record<string, { sample: number; claims?: string }> = {
    fuse: { sample: Number(values['fuse-sample']), claims: values['fuse-claims'] },
    minisearch: { sample: parseSize(values['minisearch-max']) },
  };
  const samples = new Map<string, EngineFigures>();
  for (const size of sizes) {
    log(`${size.toLocaleString('en')} statements`);
    const rows: EngineFigures[] = [];
    for (const engine of engines) {
      const common = { engine, size: String(size), claims: values.claims, bodies };
      const sampling = sampled[engine];
      if (sampling && (engine === 'fuse' || size > sampling.sample)) {
        const statements = Math.min(sampling.sample, size);
        const key = `${engine}@${statements}`;
        let figures = samples.get(key);
        if (!figures) {
          figures = measure({
            ...common,
            size: String(statements),
            ...(sampling.claims ? { timedClaims: sampling.claims } : {}),
          }).figures;
          samples.set(key, figures);
        }
        rows.push(extrapolate(figures, size));
        continue;
      }
      const measured = measure({
        ...common,
        passes: engine === 'crosscheck' || engine === 'brute' ? values.passes : '1',
        exhaustiveSample: values['exhaustive-sample'],
        pipeline: size <= pipelineMax,
      });
      rows.push(measured.figures);
      if (measured.exhaustive) exhaustive[String(size)] = measured.exhaustive;
      if (measured.pipeline) pipeline.push(measured.pipeline);
      if (sampling) samples.set(`${engine}@${size}`, measured.figures);
    }
    results.push(...rows);
    console.log(`\n${size.toLocaleString('en')} statements`);
    console.log(engineTable(rows, Number(values.claims)));
    const reranked = rerankLine(rows);
    if (reranked) console.log(reranked);
    const agreement = exhaustive[String(size)];
    if (agreement) {
      console.log(
        `  crosscheck vs exhaustive similarity (${agreement.claims} claims, ${agreement.method}): ` +
          `recall@5 ${JSON.stringify(agreement.recallAt5)}`,
      );
    }
    const checked = pipeline.find((figures) => figures.statements === size);
    if (checked) console.log(pipelineLine(checked));
  }

  const targets = checkTargets(results, exhaustive);
  console.log('\nTargets (crosscheck)');
  for (const line of targets.lines) console.log(`  ${line}`);
  const summary = {
    bench: 'crosscheck statement retrieval',
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
    claims: Number(values.claims),
    sizes,
    results,
    exhaustive,
    pipeline,
    targets: targets.passed,
    runSeconds: Math.round((performance.now() - started) / 1000),
  };
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(values.out, 'latency.svg'), latencyChart(results));
  log(`wrote ${join(values.out, 'bench.json')} and latency.svg`);
  console.log(JSON.stringify(summary));
}

main();
