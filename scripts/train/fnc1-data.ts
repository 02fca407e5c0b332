import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { FNC1_STANCES, type Fnc1Stance } from '../../lib/core/fnc1/stances';

export interface Fnc1Pair {
  headline: string;
  bodyId: string;
  stance: Fnc1Stance;
}

export const DEFAULT_FNC1_DIR = '../shared/eval/fnc1';

function readCsv(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

export function readFnc1(dir = DEFAULT_FNC1_DIR): { pairs: Fnc1Pair[]; bodies: Map<string, string> } {
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
