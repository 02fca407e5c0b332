import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

export interface PageFixture {
  slug: string;
  source: string;
  expectedHtml: string;
  metadata: { title: string; lang: string | null; readerable?: boolean };
}

/** Every saved page under test/fixtures/pages/<slug>/: adding a folder adds it to the tests. */
export function loadPageFixtures(): PageFixture[] {
  return readdirSync(PAGES_DIR)
    .filter((slug) => existsSync(join(PAGES_DIR, slug, 'source.html')))
    .sort()
    .map((slug) => ({
      slug,
      source: readFileSync(join(PAGES_DIR, slug, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(PAGES_DIR, slug, 'expected.html'), 'utf8'),
      metadata: JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected-metadata.json'), 'utf8')),
    }));
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
