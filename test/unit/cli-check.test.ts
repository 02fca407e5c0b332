import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/core/types';
import { runCli } from '../support/run-cli';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const SEED = path('../../seeds/000_0c6ca5ae3a502843.txt');
const INPUTS = path('../fixtures/inputs/');

const run = (argv: string[]) => runCli(argv);

describe('crosscheck check', () => {
  it('prints the report as JSON for a seed article, with claims and timings', async () => {
    const { code, stdout, stderr } = await run(['check', SEED, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.article.title).toBe(
      'Trump and Putin will not formally meet in Vietnam, the White House said',
    );
    expect(report.claims.length).toBeGreaterThan(5);
    expect(report.summary.claims).toBe(report.claims.length);
    for (const key of ['extractMs', 'claimsMs', 'indexMs', 'matchMs', 'totalMs'] as const) {
      expect(report.timings[key]).toBeGreaterThanOrEqual(0);
    }
    expect(report.timings.extractMs).toBeGreaterThan(0);
    // Preparing the corpora is reported on its own: the check's total still sums its own steps only.
    expect(report.timings.corpusMs).toBeGreaterThan(0);
    const { extractMs, claimsMs, indexMs, matchMs, totalMs } = report.timings;
    expect(totalMs).toBeCloseTo(extractMs + claimsMs + indexMs + matchMs, 1);
    // The bundled corpus holds this very article: it is left out, and the other seed is the evidence.
    expect(report.excluded.map((article) => article.source)).toEqual(['CNN']);
    const sources = new Set(
      report.claims.flatMap((claim) => claim.matches.map((match) => match.statement.source)),
    );
    expect([...sources]).toEqual(['Wire report']);
  });

  it('prints a readable report by default', async () => {
    const { code, stdout } = await run(['check', SEED]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Trump and Putin will not formally meet in Vietnam, the White House said');
    expect(stdout).toMatch(/^ {2}CONFLICT {2}.+ — Wire report, /m);
    expect(stdout).toMatch(
      /^\d+ claims: \d+ with conflicting evidence, \d+ with agreeing, \d+ with related$/m,
    );
    expect(stdout).toMatch(/^Timings: extract [\d.]+ ms, .*total [\d.]+ ms$/m);
    expect(stdout).toMatch(/^Corpora loaded in [\d.]+ ms$/m);
  });

  it('checks an HTML page against a given corpus only', async () => {
    const argv = [
      'check',
      `${INPUTS}article.html`,
      '--no-bundled',
      '--corpus',
      `${INPUTS}corpus.json`,
      '--json',
    ];
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.article.url).toBe('https://gazette.example/lighthouse-restored');
    expect(report.claims.some((claim) => claim.text.startsWith('The old lighthouse on the north pier'))).toBe(
      true,
    );
    const corpusIds = report.claims.flatMap((claim) =>
      claim.matches.map((match) => match.statement.corpusId),
    );
    expect(corpusIds.every((id) => id === 'harbour-reports')).toBe(true);
  });

  it('lists claims without evidence only when asked for --all', async () => {
    const argv = ['check', `${INPUTS}article.html`, '--no-bundled', '--corpus', `${INPUTS}corpus.json`];
    const short = await run(argv);
    const all = await run([...argv, '--all']);
    expect(short.stdout).not.toContain('no evidence found');
    expect(all.stdout).toMatch(/^• Fishing crews had complained for weeks.*\n {2}no evidence found$/m);
  });

  it('reports a page that is not an article with no claims and a note', async () => {
    const json = await run(['check', `${INPUTS}not-article.html`, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.claims).toEqual([]);
    expect(report.unsupported?.reason).toMatch(/not an article/);
    expect(report.timings.corpusMs).toBeGreaterThanOrEqual(0);
    expect(report.timings.totalMs).toBe(report.timings.extractMs);
    const text = await run(['check', `${INPUTS}not-article.html`]);
    expect(text.stdout).toMatch(/^Not checked: this page is not an article/m);
  });

  it('fails with one line naming the file, and nothing on stdout, on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['check', `${INPUTS}missing.txt`], /^crosscheck: .*missing\.txt: no such file\n$/],
      [
        ['check', `${INPUTS}articles.csv`],
        /^crosscheck: .*articles\.csv: check reads \.html, \.htm, \.txt or \.md files\n$/,
      ],
      [
        ['check', SEED, '--corpus', `${INPUTS}articles.jsonl`],
        /^crosscheck: .*articles\.jsonl: not valid JSON/,
      ],
      [['check', SEED, '--corpus', `${INPUTS}fnc1`], /^crosscheck: .*fnc1: is a directory, not a file\n$/],
      [['check', SEED, '--no-bundled'], /^crosscheck: --no-bundled leaves nothing to check against/],
      [['check'], /^crosscheck: check needs a FILE/],
      [['check', SEED, SEED], /^crosscheck: check takes one FILE/],
    ];
    for (const [argv, expected] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(stderr).toMatch(expected);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('rejects a corpus file that is not one, naming the field', async () => {
    const { code, stderr } = await run(['check', SEED, '--corpus', `${INPUTS}article.md`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/article\.md: not valid JSON/);
  });
});
