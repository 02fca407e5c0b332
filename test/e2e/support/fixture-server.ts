import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { FIXTURES_DIR } from './paths';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `test/fixtures` over HTTP on 127.0.0.1 with a free port: content scripts do not run on
 * file:// pages unless the reader allows it, and news is read over HTTP anyway.
 */
export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // Chromium asks for a favicon on every page; a 404 would show up as noise in the error checks.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = resolveInside(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, url: (path) => new URL(path, origin).href, close: () => closeServer(server) };
}

/** The file for a URL path, or null when the path would climb out of the served folder. */
function resolveInside(root: string, urlPath: string): string | null {
  const file = normalize(join(root, urlPath));
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

function closeServer(server: Server): Promise<void> {
  // Chromium keeps connections alive; without this, close() waits for them to time out.
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
