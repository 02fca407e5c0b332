import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { FNC1_STANCES, type Fnc1Stance } from '../../lib/core/fnc1/stances';

export interface Fnc1Pair {
  headline: string;
  bodyId: string;
  stance: Fnc1Stance;
}

/**
 * Where the FNC-1 training files are looked for unless a script is given another folder: beside this
 * repository, as the team's shared folder holds them. They are the public Fake News Challenge stage-1
 * training set (github.com/FakeNewsChallenge/fnc-1: train_stances.csv, train_bodies.csv).
 */
export const DEFAULT_FNC1_DIR = fileURLToPath(new URL('../../../shared/eval/fnc1', import.meta.url));
export const FNC1_FILES = ['train_stances.csv', 'train_bodies.csv'] as const;

/** Why `dir` cannot be read as the FNC-1 training set, in one line, or null when it can. */
export function missingFnc1(dir: string): string | null {
  const missing = FNC1_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length === 0) return null;
  return (
    `FNC-1 training data not found: ${missing.join(' and ')} missing in ${dir}. Get them from ` +
    'github.com/FakeNewsChallenge/fnc-1 and pass --fnc1 DIR.'
  );
}

function readCsv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** The folder given with `--fnc1 DIR` on the command line, else the default. */
export function fnc1DirOf(argv: readonly string[]): string {
  const flag = argv.indexOf('--fnc1');
  return flag > 0 ? (argv[flag + 1] ?? DEFAULT_FNC1_DIR) : DEFAULT_FNC1_DIR;
}

/** The training set for a script that cannot run without it: read, or one line on stderr and exit 2. */
export function readFnc1OrExit(argv: readonly string[]): ReturnType<typeof readFnc1> {
  const dir = fnc1DirOf(argv);
  const missing = missingFnc1(dir);
  if (missing) {
    console.error(missing);
    process.exit(2);
  }
  return readFnc1(dir);
}

export function readFnc1(dir = DEFAULT_FNC1_DIR): { pairs: Fnc1Pair[]; bodies: Map<string, string> } {
  const missing = missingFnc1(dir);
  if (missing) throw new Error(missing);
  const bodies = new Map(
    readCsv(join(dir, 'train_bodies.csv')).map((r) => [r['Body ID'] ?? '', r.articleBody ?? '']),
  );
  const pairs = readCsv(join(dir, 'train_stances.csv')).map((r) => ({
    headline: r.Headline ?? '',
    bodyId: r['Body ID'] ?? '',
    stance: (r.Stance ?? '') as Fnc1Stance,
  }));
  for (const pair of pairs)
    if (!FNC1_STANCES.includes(pair.stance)) throw new Error(`bad stance ${pair.stance}`);
  return { pairs, bodies };
}

/**
 * The held-out split: a fixed fifth of the bodies, chosen by a hash of the Body ID, so no body is on both
 * sides and the split is the same on every run.
 */
export function isHeldOut(bodyId: string): boolean {
  return fold(bodyId) === 0;
}

/** Which fifth of the bodies a Body ID falls in: 0 is held out, 1 validates training settings. */
export function fold(bodyId: string): number {
  let hash = 2166136261;
  for (const char of bodyId) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 5;
}
