import { fileURLToPath } from 'node:url';
import { buildSeedCorpusFile } from '../build/seed-corpus';
import { type PreparedCorpus, prepareCorpus } from '../core/corpus';

/** The seeds the extension bundles, found beside this file so the CLI works from any folder. */
const SEED_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The corpus the extension ships, built the way the extension build does it (a few milliseconds for the seeds). */
export function loadBundledCorpus(): PreparedCorpus {
  return prepareCorpus(buildSeedCorpusFile(SEED_DIR));
}
