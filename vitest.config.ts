import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { seedCorpusPlugin } from './lib/build/seed-corpus-plugin';

export default defineConfig({
  plugins: [WxtVitest(), seedCorpusPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/extension/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
  },
});
