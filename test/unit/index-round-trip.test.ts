import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSeedCorpusFile } from '../../lib/build/seed-corpus';
import { loadCorpus, prepareCorpus, serializeCorpus } from '../../lib/core/corpus';
import { analyze } from '../../lib/core/match/analyze';
import { retrieve } from '../../lib/core/match/retrieve';
import { buildIndex, loadIndex, serializeIndex } from '../../lib/core/match/statement-index';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const CLAIMS = [
  'Putin and Trump met in Denang and agreed on Syria.',
  'The White House said there would be no formal meeting.',
  'Leaders of Pacific Rim economies gathered in Da Nang, Vietnam.',
  'Sergey Lavrov told reporters the talks went well.',
];

describe('the statement index, stored and loaded', () => {
  const fresh = prepareCorpus(buildSeedCorpusFile(SEEDS));
  const stored = JSON.parse(JSON.stringify(serializeCorpus(fresh)));
  const loaded = loadCorpus(stored);

  it('is stored as a compact JSON-safe payload, not per-statement lists', () => {
    expect(stored.version).toBe(2);
    expect(stored.index.statementCount).toBe(fresh.statements.length);
    expect(typeof stored.index.postings).toBe('string');
    expect(stored.index.terms).toEqual(fresh.index.terms);
  });

  it('loads to the same terms, weights and postings', () => {
    expect(loaded.index.terms).toEqual(fresh.index.terms);
    expect([...loaded.index.termIds]).toEqual([...fresh.index.termIds]);
    expect(loaded.index.weights).toEqual(fresh.index.weights);
    expect(loaded.index.statementWeights).toEqual(fresh.index.statementWeights);
    expect(loaded.index.postings).toEqual(fresh.index.postings);
    expect(loaded.index.joined).toEqual(fresh.index.joined);
  });

  it('comes with its spelling matcher, loaded as built: the first claim does not make it', () => {
    expect(loaded.index.speller.matcher.positions).toEqual(fresh.index.speller.matcher.positions);
    expect(loaded.index.speller.matcher.positions.length).toBeGreaterThan(0);
    expect(loaded.index.speller.found.size).toBe(0);
  });

  it('retrieves exactly as the freshly built index does', () => {
    for (const text of CLAIMS) {
      const claim = analyze(text);
      expect(retrieve(loaded.index, claim, 10)).toEqual(retrieve(fresh.index, claim, 10));
    }
  });

  it('re-indexes a corpus stored before the packed index (version 1)', () => {
    const statementTerms = fresh.statements.map((statement) =>
      analyze(statement.text).stems.map((stem) => fresh.index.termIds.get(stem) ?? 0),
    );
    const old = { ...stored, version: 1, index: { terms: fresh.index.terms, statementTerms } };
    const reloaded = loadCorpus(old);
    expect(reloaded.statements).toEqual(fresh.statements);
    for (const text of CLAIMS) {
      const claim = analyze(text);
      expect(retrieve(reloaded.index, claim, 10)).toEqual(retrieve(fresh.index, claim, 10));
    }
  });

  it('refuses an index whose postings do not fit it', () => {
    const index = serializeIndex(
      buildIndex(['Putin met Trump in Da Nang.', 'Trump left Vietnam on Sunday.']),
    );
    expect(() => loadIndex({ ...index, statementCount: 1 })).toThrow();
    expect(() => loadIndex({ ...index, terms: index.terms.slice(1) })).toThrow();
  });
});
