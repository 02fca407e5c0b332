import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../cli/files';
import { prepareCorpus, type SerializedCorpus, serializeCorpus } from '../core/corpus';
import { buildCorpusFile, readArticles } from '../core/import/index';
import type { CorpusFile } from '../core/types';

interface SeedManifest {
  id: string;
  name: string;
  description: string;
  articles: { file: string; source: string; published: string | null }[];
}

/**
 * Builds the bundled corpus from `seeds/` with the same importer the CLI and the options page use.
 * The seeds carry no outlet or date in a machine-readable form, so `seeds/manifest.json` supplies them.
 */
export function buildSeedCorpusFile(seedDir: string): CorpusFile {
  const manifest = JSON.parse(readFileSync(join(seedDir, 'manifest.json'), 'utf8')) as SeedManifest;
  const articles = manifest.articles.flatMap((entry) =>
    readArticles(entry.file, readFileSync(join(seedDir, entry.file), 'utf8'), { parseHtml }).map(
      (article) => ({
        ...article,
        source: entry.source,
        published: entry.published,
      }),
    ),
  );
  // createdAt is fixed so that two builds of the same seeds are byte-identical.
  return buildCorpusFile(articles, {
    id: manifest.id,
    name: manifest.name,
    description: manifest.description,
    createdAt: '2017-11-11T00:00:00.000Z',
  });
}

export function buildSeedCorpus(seedDir: string): SerializedCorpus {
  return serializeCorpus(prepareCorpus(buildSeedCorpusFile(seedDir)));
}
