import { main } from '../../lib/cli/main';

/** Runs the CLI in-process as `crosscheck ARGV…` would, capturing its exit code and both streams. */
export async function runCli(
  argv: string[],
  isTTY = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
