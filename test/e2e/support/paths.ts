import { fileURLToPath } from 'node:url';

/** The repository root, so the suite works from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What `wxt build` writes for Chromium; the suite always tests the built extension. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));

/** Served at the root of the fixture server: `news/…` pages written for the suite, `pages/<slug>/source.html` saved ones. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

export const SCREENSHOTS_DIR = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));
