import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Where the CLI writes. process.stdout/stderr fit; tests pass collectors. */
export interface Writer {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: Writer;
  stderr: Writer;
  /** Whether stderr is a terminal: progress is shown only then. */
  isTTY: boolean;
}

/** The command line itself is wrong (unknown command or option, missing argument). Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs with its errors turned into one short UsageError line. */
export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^'\s]+)/.exec(String((error as Error).message))?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`option ${option} needs a value`);
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}
