import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildSeedCorpus } from './seed-corpus';

const MODULE_ID = 'virtual:crosscheck/seed-corpus';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Makes `import seedCorpus from 'virtual:crosscheck/seed-corpus'` resolve to the bundled corpus,
 * built and indexed from `seeds/` when the extension is built, so the extension never indexes it at run time.
 */
export function seedCorpusPlugin(seedDir = fileURLToPath(new URL('../../seeds', import.meta.url))): Plugin {
  return {
    name: 'crosscheck-seed-corpus',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(join(seedDir, 'manifest.json'));
      return `export default ${JSON.stringify(buildSeedCorpus(seedDir))};`;
    },
  };
}
