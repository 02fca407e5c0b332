import { InputError } from '../core/import/index';
import { runCheck } from './check-command';
import { type CliIo, UsageError } from './cli-io';
import { runCorpusBuild } from './corpus-build-command';
import { runFnc1 } from './fnc1-command';
import { USAGE } from './usage';

export type { CliIo } from './cli-io';

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (command === 'check') return runCheck(rest, io);
  if (command === 'fnc1') return runFnc1(rest, io);
  if (command === 'corpus') {
    const [sub, ...args] = rest;
    if (sub === 'build') return runCorpusBuild(args, io);
    throw new UsageError(
      sub === undefined ? 'corpus needs a subcommand: build' : `unknown command "corpus ${sub}"`,
    );
  }
  throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
}

/** One line, whatever the message: a reader scanning a terminal or a CI log sees the whole problem. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The command line, callable in-process (tests) as well as from bin/crosscheck.js.
 * Returns the exit code: 0 success, 2 bad input or command line, 1 a bug.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crosscheck: ${oneLine(error.message)} (see crosscheck --help)\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      io.stderr.write(`crosscheck: ${oneLine(error.message)}\n`);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`crosscheck: internal error: ${detail}\n`);
    return EXIT_INTERNAL;
  }
}
