import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FNC1_STANCES } from '../../lib/core/fnc1/stances';
import { runCli } from '../support/run-cli';

const FNC1 = fileURLToPath(new URL('../fixtures/inputs/fnc1/', import.meta.url));

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-fnc1-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck fnc1', () => {
  it('writes one prediction per (Headline, Body ID) row, in order, quoted as CSV', async () => {
    const out = join(dir, 'predictions.csv');
    const argv = ['fnc1', '--stances', `${FNC1}stances.csv`, '--bodies', `${FNC1}bodies.csv`, '--out', out];
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Wrote .*predictions\.csv: 4 predictions \(agree \d+, disagree \d+, discuss \d+, unrelated \d+\); accuracy /,
    );
    const written = readFileSync(out, 'utf8');
    const input = Papa.parse<Record<string, string>>(readFileSync(`${FNC1}stances.csv`, 'utf8'), {
      header: true,
    });
    const output = Papa.parse<Record<string, string>>(written, { header: true, skipEmptyLines: true });
    expect(output.meta.fields).toEqual(['Headline', 'Body ID', 'Stance']);
    expect(output.data.map((row) => [row.Headline, row['Body ID']])).toEqual(
      input.data.filter((row) => row.Headline).map((row) => [row.Headline, row['Body ID']]),
    );
    expect(written).toContain('"Bakers, bread and prizes: a spring fair",2,');
    for (const row of output.data) expect(FNC1_STANCES).toContain(row.Stance);
    // A headline about the body's own subject is related to it; one about something else is not.
    expect(output.data[0]?.Stance).not.toBe('unrelated');
    expect(output.data[3]?.Stance).toBe('unrelated');
  });

  it('reads a test file without a Stance column', async () => {
    const stances = join(dir, 'test.csv');
    writeFileSync(stances, 'Headline,Body ID\nLighthouse switched back on after repairs,1\n');
    const out = join(dir, 'p.csv');
    const { code, stdout } = await run([
      'fnc1',
      '--stances',
      stances,
      '--bodies',
      `${FNC1}bodies.csv`,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('accuracy');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('Headline,Body ID,Stance');
  });

  it('names the file and row of bad input', async () => {
    const stances = join(dir, 's.csv');
    const out = join(dir, 'p.csv');
    const cases: [string, string, RegExp][] = [
      ['Title,Body ID\nx,1\n', `${FNC1}bodies.csv`, /s\.csv \(header\): needs the column Headline\n$/],
      [
        'Headline,Body ID\nx,1\ny,99\n',
        `${FNC1}bodies.csv`,
        /s\.csv \(row 3\): Body ID 99 is not in .*bodies\.csv\n$/,
      ],
      [
        'Headline,Body ID\nx,1\n',
        `${FNC1}stances.csv`,
        /stances\.csv \(header\): needs the column articleBody\n$/,
      ],
    ];
    for (const [content, bodies, expected] of cases) {
      writeFileSync(stances, content);
      const { code, stdout, stderr } = await run([
        'fnc1',
        '--stances',
        stances,
        '--bodies',
        bodies,
        '--out',
        out,
      ]);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(expected);
    }
  });
});
