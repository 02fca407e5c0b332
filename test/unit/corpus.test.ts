import { fileURLToPath } from 'node:url';
import seedCorpus from 'virtual:crosscheck/seed-corpus';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpus, buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { checkArticle } from '../../lib/core/check';
import { loadCorpus, prepareCorpus, serializeCorpus } from '../../lib/core/corpus';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

describe('the bundled seed corpus', () => {
  it('is built from both seeds with outlet, date and a derived title, and no invented URL', () => {
    const file = buildSeedCorpusFile(SEEDS);
    expect(file.format).toBe('crosscheck.corpus');
    expect(file.articles.map((a) => a.source)).toEqual(['CNN', 'Wire report']);
    for (const article of file.articles) {
      expect(article.url).toBeNull();
      expect(article.published).toBe('2017-11-11');
      expect(article.title.length).toBeGreaterThan(10);
    }
    expect(file.articles[0]?.title).toBe(
      'Trump and Putin will not formally meet in Vietnam, the White House said',
    );
  });

  it('is reproducible: two builds are identical', () => {
    expect(JSON.stringify(buildSeedCorpus(SEEDS))).toBe(JSON.stringify(buildSeedCorpus(SEEDS)));
  });

  it('ships pre-indexed through the build plugin', () => {
    expect(seedCorpus.format).toBe('crosscheck.prepared');
    expect(seedCorpus.index.terms.length).toBeGreaterThan(100);
    expect(seedCorpus.statements.length).toBe(seedCorpus.index.statementCount);
    const counts = seedCorpus.articles.map((a) => a.statementCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(seedCorpus.statements.length);
  });

  it('matches the same after serialize → JSON → load as when freshly prepared', () => {
    const fresh = prepareCorpus(buildSeedCorpusFile(SEEDS));
    const loaded = loadCorpus(JSON.parse(JSON.stringify(serializeCorpus(fresh))));
    expect(loaded.statements).toEqual(fresh.statements);
    const article = {
      title: 't',
      url: '',
      site: '',
      text: 'Putin and Trump met in Danang and agreed on Syria.',
    };
    const strip = (r: ReturnType<typeof checkArticle>) => ({ ...r, timings: null });
    expect(strip(checkArticle(article, [loaded]))).toEqual(strip(checkArticle(article, [fresh])));
  });
});
