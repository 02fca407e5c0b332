import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
/** Spawning Node and compiling the CLI on the fly takes about half a second; leave room on a busy machine. */
const SPAWN_TIMEOUT_MS = 30_000;

describe('bin/crosscheck.js', () => {
  it(
    'runs from another working directory and exits with the CLI exit code',
    () => {
      const help = spawnSync(process.execPath, [BIN, '--help'], { cwd: tmpdir(), encoding: 'utf8' });
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: crosscheck <command>/);
      const bad = spawnSync(process.execPath, [BIN, 'frobnicate'], { cwd: tmpdir(), encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toBe('crosscheck: unknown command "frobnicate" (see crosscheck --help)\n');
    },
    SPAWN_TIMEOUT_MS,
  );
});
