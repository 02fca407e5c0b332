// Runs Mozilla's `web-ext lint` on the Firefox build and fails on any error, as addons.mozilla.org would, and
// on any warning but library `innerHTML` (an `eval` in a bundled library once came in with linkedom).
// Build first with `npm run build:firefox` (`npm run lint:firefox` does both). web-ext is a devDependency;
// a missing one is a broken install, and fails like any other error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIR = join(ROOT, '.output', 'firefox-mv2');
/** Exit status when the check could not run on a build (no build, unreadable output). */
const CANNOT_RUN = 2;

if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`lint-firefox: no Firefox build in ${SOURCE_DIR}; run \`npm run build:firefox\` first.`);
  process.exit(CANNOT_RUN);
}

const run = spawnSync(
  'npx',
  [
    '--no-install',
    'web-ext',
    'lint',
    '--source-dir',
    SOURCE_DIR,
    '--output',
    'json',
    '--no-config-discovery',
  ],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const report = parseReport(run.stdout);
if (!report) {
  if (/could not determine executable|not found|ENOENT|canceled/i.test(`${run.stderr}${run.error ?? ''}`)) {
    console.error('lint-firefox: web-ext is not installed; run `npm install`.');
    process.exit(CANNOT_RUN);
  }
  console.error(`lint-firefox: web-ext gave no report.\n${run.stderr}`);
  process.exit(CANNOT_RUN);
}

const describe = (item) => `${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}`;
for (const error of report.errors ?? []) console.error(`error   ${describe(error)}`);
for (const warning of report.warnings ?? []) console.error(`warning ${describe(warning)}`);
const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
console.error(`lint-firefox: ${errors} errors, ${warnings} warnings, ${notices} notices.`);
// The one warning tolerated: `innerHTML` inside bundled libraries (Readability, Preact, papaparse, linkedom);
// the project's own code is kept from it by Biome. Any other kind (eval, remote script, …) fails the check.
const untolerated = (report.warnings ?? []).filter((warning) => warning.code !== 'UNSAFE_VAR_ASSIGNMENT');
if (untolerated.length > 0)
  console.error(`lint-firefox: ${untolerated.length} warnings of a kind not allowed.`);
process.exit(errors > 0 || untolerated.length > 0 ? 1 : 0);

/** web-ext prints the JSON report on stdout, sometimes after a line of its own; null when there is none. */
function parseReport(stdout) {
  const start = stdout.indexOf('{');
  if (start < 0) return null;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return null;
  }
}
