import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const run = (argv: string[]) => runCli(argv);

describe('the command line itself', () => {
  it('prints help on stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help'], ['corpus', 'build', '--help']]) {
      const { code, stdout, stderr } = await run(argv);
      expect({ argv, code, stderr }).toEqual({ argv, code: 0, stderr: '' });
      expect(stdout).toMatch(/^Usage: crosscheck <command>/);
      expect(stdout).toContain('fnc1 --stances STANCES.csv --bodies BODIES.csv --out PREDICTIONS.csv');
    }
  });

  it('exits 2 with one clear line for an unknown command or option', async () => {
    const cases: [string[], string | RegExp][] = [
      [[], 'crosscheck: missing command (see crosscheck --help)\n'],
      [['chekc', 'a.txt'], 'crosscheck: unknown command "chekc" (see crosscheck --help)\n'],
      [['corpus'], 'crosscheck: corpus needs a subcommand: build (see crosscheck --help)\n'],
      [['corpus', 'merge'], 'crosscheck: unknown command "corpus merge" (see crosscheck --help)\n'],
      [['check', 'a.txt', '--jsn'], 'crosscheck: unknown option --jsn (see crosscheck --help)\n'],
      [['check', 'a.txt', '--corpus'], 'crosscheck: option --corpus needs a value (see crosscheck --help)\n'],
      [['check', '-x', 'a.txt'], 'crosscheck: unknown option -x (see crosscheck --help)\n'],
      [['fnc1', '--stances', 's.csv'], /^crosscheck: fnc1 needs --stances STANCES\.csv .*\n$/],
    ];
    for (const [argv, expected] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
      if (typeof expected === 'string') expect(stderr).toBe(expected);
      else expect(stderr).toMatch(expected);
    }
  });
});
