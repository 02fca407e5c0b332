import { fileURLToPath } from 'node:url';
import { buildSeedCorpusFile } from '../build/seed-corpus';
import type { CorpusFile } from '../core/types';

/** The seeds the extension bundles, found beside this file so the CLI works from any folder. */
const SEED_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The corpus file the extension ships, built from the seeds the way the extension build does it. */
export function bundledCorpusFile(): CorpusFile {
  return buildSeedCorpusFile(SEED_DIR);
}
