import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../../lib/core/fnc1/pair-features';
import { featuresOf } from './features';
import type { Fnc1Pair } from './fnc1-data';
import type { Examples } from './train-model';

const CACHE_FILE = '.cache/fnc1-features.json';

/**
 * The pairs' features, computed (~30 s) or, with `reuse`, read from the cache the last run wrote when it
 * was computed with the same feature names over the same pairs. Only for trying settings: a change to
 * the engine's code does not invalidate the cache.
 */
export function examplesOf(pairs: Fnc1Pair[], bodies: Map<string, string>, reuse: boolean): Examples {
  const key = `${FEATURE_NAMES.join()}|${pairs.length}`;
  const cached = reuse && existsSync(CACHE_FILE) ? JSON.parse(readFileSync(CACHE_FILE, 'utf8')) : null;
  if (cached?.key === key && cached.bodyWords) {
    const words = Object.entries(cached.bodyWords as Record<string, string[]>);
    return { pairs, rows: cached.features, bodyWords: new Map(words.map(([id, w]) => [id, new Set(w)])) };
  }
  const started = performance.now();
  const { rows, bodyWords } = featuresOf(pairs, bodies);
  console.log(`features: ${pairs.length} pairs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync('.cache', { recursive: true });
  const words = Object.fromEntries([...bodyWords].map(([id, w]) => [id, [...w]]));
  writeFileSync(CACHE_FILE, JSON.stringify({ key, features: rows, bodyWords: words }));
  return { pairs, rows, bodyWords };
}
