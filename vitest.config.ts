import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { seedCorpusPlugin } from './lib/build/seed-corpus-plugin';

export default defineConfig({
  plugins: [WxtVitest(), seedCorpusPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/extension/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    // The CLI keeps prepared corpora between runs: in tests, not in the user's cache folder.
    env: { CROSSCHECK_CACHE_DIR: join(tmpdir(), 'crosscheck-test-cache') },
  },
});
