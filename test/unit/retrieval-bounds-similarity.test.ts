import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { parseHtml } from '../../lib/cli/files';
import { splitClaims } from '../../lib/core/claims/split-claims';
import { prepareCorpus } from '../../lib/core/corpus';
import { buildCorpusFile, readArticles } from '../../lib/core/import/index';
import { analyze } from '../../lib/core/match/analyze';
import { retrieve } from '../../lib/core/match/retrieve';
import { similarity } from '../../lib/core/match/similarity';
import { referenceIdf } from '../../lib/core/match/term-weights';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** English news pages of different kinds: their statements share many words and names with one another. */
const CORPUS_PAGES = ['nytimes-1', 'yahoo-2', 'seattletimes-1', 'buzzfeed-1', 'herald-sun-1'];
const CLAIM_PAGES = ['nytimes-1', 'ars-1', 'wikipedia'];

function pageArticles(name: string) {
  const file = root(`test/fixtures/pages/${name}/source.html`);
  return readArticles(`${name}.html`, readFileSync(file, 'utf8'), { parseHtml });
}

/**
 * check.ts re-ranks only the candidates whose retrieval score reaches a floor, and retrieval stops reading
 * postings once no new statement could reach it. Both are safe only while the re-ranking similarity never
 * scores a candidate above its retrieval score: the bound this checks on real text.
 */
describe('retrieval score as a bound on the re-ranking similarity', () => {
  const seeds = buildSeedCorpusFile(root('seeds'));
  const corpus = prepareCorpus(
    buildCorpusFile([...seeds.articles, ...CORPUS_PAGES.flatMap(pageArticles)], { name: 'Pages' }),
  );
  const weightOf = (stem: string) => {
    const id = corpus.index.termIds.get(stem);
    return id === undefined ? referenceIdf(stem) : (corpus.index.weights[id] ?? 0);
  };
  const planted = JSON.parse(readFileSync(root('test/fixtures/stance/planted.json'), 'utf8')) as Record<
    string,
    { text: string }[]
  >;
  const claims = [
    ...['contradictions', 'paraphrases', 'unrelated'].flatMap((group) =>
      (planted[group] ?? []).map((c) => c.text),
    ),
    ...CLAIM_PAGES.flatMap(pageArticles).flatMap((article) => splitClaims(article.text).map((c) => c.text)),
  ];

  it('never scores a candidate below its similarity', () => {
    let pairs = 0;
    const over: string[] = [];
    for (const text of claims) {
      const claim = analyze(text);
      const retrieval = retrieve(corpus.index, claim, 24);
      retrieval.candidates.forEach((i, rank) => {
        const statement = corpus.statements[i]?.text ?? '';
        const sim = similarity(claim, analyze(statement), weightOf, retrieval.aliases).score;
        pairs++;
        if (sim > (retrieval.scores[rank] ?? 0) + 1e-9) over.push(`${text} | ${statement}`);
      });
    }
    expect(pairs).toBeGreaterThan(2000);
    expect(over).toEqual([]);
  });

  it('finds, with a floor, exactly the candidates at or above it that it finds without one', () => {
    for (const text of claims.slice(0, 200)) {
      const claim = analyze(text);
      const all = retrieve(corpus.index, claim, 16);
      const floored = retrieve(corpus.index, claim, 16, { floor: 0.18 });
      const above = all.candidates.filter((_, rank) => (all.scores[rank] ?? 0) >= 0.18);
      expect(floored.candidates).toEqual(above);
    }
  });

  it('retrieves the same with stem queries kept across the claims of a check', () => {
    const memo = new Map();
    for (const text of claims.slice(0, 200)) {
      const claim = analyze(text);
      const kept = retrieve(corpus.index, claim, 16, { floor: 0.18, memo });
      expect(kept).toEqual(retrieve(corpus.index, claim, 16, { floor: 0.18 }));
    }
    expect(memo.size).toBeGreaterThan(100);
  });
});
