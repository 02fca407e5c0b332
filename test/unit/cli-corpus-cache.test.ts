import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/core/types';
import { runCli } from '../support/run-cli';

const INPUTS = fileURLToPath(new URL('../fixtures/inputs/', import.meta.url));
const CORPUS_TEXT = readFileSync(join(INPUTS, 'corpus.json'), 'utf8');

let work: string;
let cache: string;
let before: string | undefined;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'crosscheck-cache-test-'));
  cache = join(work, 'cache');
  before = process.env.CROSSCHECK_CACHE_DIR;
  process.env.CROSSCHECK_CACHE_DIR = cache;
});

afterEach(() => {
  if (before === undefined) delete process.env.CROSSCHECK_CACHE_DIR;
  else process.env.CROSSCHECK_CACHE_DIR = before;
  rmSync(work, { recursive: true, force: true });
});

/** Checks the fixture article against one corpus file only; the statements its report quotes. */
async function check(corpusFile: string, ...more: string[]) {
  const argv = ['check', join(INPUTS, 'article.html'), '--no-bundled', '--corpus', corpusFile, '--json'];
  const { code, stdout, stderr } = await runCli([...argv, ...more]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as Report;
  return report.claims.flatMap((claim) => claim.matches.map((match) => match.statement.text));
}

const kept = () => {
  try {
    return readdirSync(cache).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  } catch {
    return [];
  }
};

function corpusWith(name: string, replace: [string, string]) {
  const file = join(work, name);
  writeFileSync(file, CORPUS_TEXT.replace(...replace));
  return file;
}

describe('crosscheck check, with corpora prepared before', () => {
  it('keeps a prepared corpus and reads it back on the next check', async () => {
    const file = corpusWith('corpus.json', ['', '']);
    const first = await check(file);
    expect(first.some((text) => text.includes('120 million dollars'))).toBe(true);
    expect(kept()).toHaveLength(1);
    // What the next check reads is the kept form: change it there, and the report says so.
    const stored = join(cache, kept()[0] as string);
    writeFileSync(
      stored,
      readFileSync(stored, 'utf8').replaceAll('120 million dollars', '130 million dollars'),
    );
    const second = await check(file);
    expect(second.some((text) => text.includes('130 million dollars'))).toBe(true);
  });

  it('prepares an edited corpus afresh, never reading the one kept for its old text', async () => {
    const file = corpusWith('corpus.json', ['', '']);
    await check(file);
    writeFileSync(file, CORPUS_TEXT.replace('120 million dollars', '125 million dollars'));
    const edited = await check(file);
    expect(edited.some((text) => text.includes('125 million dollars'))).toBe(true);
    expect(edited.some((text) => text.includes('120 million dollars'))).toBe(false);
    expect(kept()).toHaveLength(2);
  });

  it('neither reads nor writes the cache with --no-cache', async () => {
    const file = corpusWith('corpus.json', ['', '']);
    await check(file, '--no-cache');
    expect(kept()).toEqual([]);
  });

  it('prepares again a kept corpus that does not load, and checks as before', async () => {
    const file = corpusWith('corpus.json', ['', '']);
    const first = await check(file);
    writeFileSync(join(cache, kept()[0] as string), '{"format": "crosscheck.prepared", "statements": ');
    expect(await check(file)).toEqual(first);
  });

  it('checks as before where the cache cannot be written', async () => {
    const file = corpusWith('corpus.json', ['', '']);
    const first = await check(file, '--no-cache');
    // A folder under a plain file can never be made.
    writeFileSync(join(work, 'plain'), '');
    process.env.CROSSCHECK_CACHE_DIR = join(work, 'plain', 'cache');
    expect(await check(file)).toEqual(first);
  });

  it('keeps the four corpora used last', async () => {
    const files = [120, 121, 122, 123, 124].map((n) =>
      corpusWith(`corpus-${n}.json`, ['120 million dollars', `${n} million dollars`]),
    );
    for (const file of files) await check(file);
    expect(kept()).toHaveLength(4);
    // The first was dropped: checking it again prepares and keeps it anew.
    expect((await check(files[0] as string)).some((text) => text.includes('120 million dollars'))).toBe(true);
    expect(kept()).toHaveLength(4);
  });
});
