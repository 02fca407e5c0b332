// `npm start`: build the extension, serve a demo article on 127.0.0.1, and open Chromium with the
// extension loaded on that article. Where no browser can be opened, say how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
/** The pages written for the e2e suite: the CNN seed as a news page, the wire seed, a home page. */
const DEMO_DIR = join(ROOT, 'test', 'fixtures', 'news');
const DEMO_PAGE = 'cnn-seed.html';
/** Kept between runs so corpora imported and settings changed in the demo browser survive a restart. */
const PROFILE_DIR = join(ROOT, '.cache', 'chromium-profile');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A fixed port makes the printed URL stable between runs; 0 (any free port) when it is taken. */
const PREFERRED_PORT = Number(process.env.PORT ?? 8737);
/** A browser that quits this fast never came up (no display it can use, a broken install). */
const EARLY_EXIT_MS = 3000;

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml' };

build();
const server = await serveDemo();
const demoUrl = `http://127.0.0.1:${server.address().port}/${DEMO_PAGE}`;
const reason = whyNoBrowser();
if (reason) {
  printManualSteps(reason);
  waitOrExit();
} else {
  openBrowser();
}

function build() {
  console.log('Building the extension (wxt build)…');
  const wxt = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe build failed (see above). Did `npm install` run?');
    process.exit(result.status ?? 1);
  }
}

async function serveDemo() {
  const httpServer = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(DEMO_DIR, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DEMO_DIR + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await listen(httpServer, PREFERRED_PORT).catch(() => listen(httpServer, 0));
  return httpServer;
}

function listen(httpServer, port) {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
}

/** Why Chromium cannot be opened here, or null when it can. */
function whyNoBrowser() {
  if (!existsSync(CHROMIUM)) return `No Chromium at ${CHROMIUM} (set CHROMIUM_PATH to use another).`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'No display to open a browser window on ($DISPLAY and $WAYLAND_DISPLAY are unset).';
  }
  return null;
}

function printManualSteps(reason) {
  console.log(`
${reason}
Load the extension by hand in Chromium (or Chrome, Edge, Brave):
  1. open chrome://extensions
  2. switch on "Developer mode" (top right)
  3. click "Load unpacked" and choose ${EXTENSION_DIR}
Then open the demo article: ${demoUrl}`);
}

/** Interactive: keep serving the demo article until Ctrl-C. In CI or a pipe: nothing to wait for. */
function waitOrExit() {
  if (process.env.CI === 'true' || !process.stdin.isTTY) {
    server.close();
    return;
  }
  console.log('\nServing the demo article until Ctrl-C.');
  process.once('SIGINT', () => {
    server.close();
    process.exit(0);
  });
}

function openBrowser() {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const args = [
    `--user-data-dir=${PROFILE_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root without this (containers, CI boxes).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demoUrl,
  ];
  console.log(
    `Opening Chromium with the extension on ${demoUrl}\nClose the browser or press Ctrl-C to stop.`,
  );
  const startedAt = Date.now();
  const browser = spawn(CHROMIUM, args, { stdio: 'ignore' });
  const fallBack = (why) => {
    printManualSteps(why);
    waitOrExit();
  };
  browser.once('error', (error) => fallBack(`Chromium did not start: ${error.message}.`));
  browser.once('exit', (code) => {
    const quick = Date.now() - startedAt < EARLY_EXIT_MS;
    if (quick && code !== 0) return fallBack(`Chromium quit at once (exit code ${code}).`);
    if (!quick) return server.close();
    // Chromium hands the URL to a window already open on the same profile and exits at once.
    console.log('Chromium passed the page to a window already open with this profile.');
    waitOrExit();
  });
  process.once('SIGINT', () => browser.kill('SIGTERM'));
}
