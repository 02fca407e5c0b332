import { describe, expect, it } from 'vitest';
import { runImport } from '../../lib/extension/corpora/import-job';
import type { ImportFile, ImportOutcome, ImportProgress } from '../../lib/extension/corpora/import-protocol';
import { fileOf, fixtureCorpus, inputText } from './corpus-fixtures';
import { memoryCorpusStore } from './memory-corpus-store';

const NOW = new Date('2026-11-20T12:00:00.000Z');

async function run(
  files: ImportFile[],
  store = memoryCorpusStore(),
  reservedIds: string[] = ['bundled-seeds'],
) {
  const progress: ImportProgress[] = [];
  const outcome = await runImport(
    { files, reservedIds },
    { store, onProgress: (p) => progress.push(p), now: () => NOW },
  );
  return { outcome, progress, store };
}

function problems(outcome: ImportOutcome): string[] {
  if (outcome.ok) throw new Error('the import was accepted');
  return outcome.problems;
}

describe('runImport', () => {
  it('stores a corpus file under its own id, with its name, dates and counts, and says where it came from', async () => {
    const corpus = fixtureCorpus();
    const { outcome, store } = await run([fileOf('harbour.json', JSON.stringify(corpus))]);
    expect(outcome.ok).toBe(true);
    const [meta] = await store.list();
    expect(meta).toMatchObject({
      id: corpus.id,
      name: corpus.name,
      description: corpus.description,
      createdAt: corpus.createdAt,
      addedAt: NOW.toISOString(),
      origin: 'harbour.json',
      outlets: ['Coastal Gazette', 'Harbour Herald'],
      articleCount: 2,
      deletedAt: null,
    });
    expect(meta?.statementCount).toBeGreaterThan(0);
    expect(meta?.fileBytes).toBe(JSON.stringify(corpus).length);
    expect(await store.getFile(corpus.id)).toEqual(corpus);
    expect((await store.getPrepared(corpus.id))?.id).toBe(corpus.id);
  });

  it('gathers the articles of every other format into one new corpus', async () => {
    const files = [
      fileOf('articles.jsonl', inputText('articles.jsonl')),
      fileOf('articles.csv', inputText('articles.csv')),
      fileOf('article.md', inputText('article.md')),
      fileOf('notes.txt', 'The harbour bridge opened on Friday after four years of work.'),
    ];
    const { outcome, store } = await run(files);
    expect(outcome.ok).toBe(true);
    const metas = await store.list();
    expect(metas).toHaveLength(1);
    expect(metas[0]?.name).toBe('articles.jsonl and 3 more files');
    expect(metas[0]?.origin).toBe('articles.jsonl, articles.csv, article.md and 1 more');
    const file = await store.getFile(metas[0]?.id ?? '');
    expect(file?.articles.length).toBe(metas[0]?.articleCount);
    expect(file?.articles.some((article) => article.text.includes('four years of work'))).toBe(true);
  });

  it('takes HTML the page has already read, and a corpus file next to loose files as a corpus of its own', async () => {
    const read: ImportFile = {
      name: 'page.html',
      size: 100,
      source: {
        kind: 'read',
        input: { kind: 'articles', articles: [{ ...fixtureCorpus().articles[0], id: 'page' } as never] },
      },
    };
    const { outcome, store } = await run([read, fileOf('harbour.json', JSON.stringify(fixtureCorpus()))]);
    expect(outcome.ok).toBe(true);
    expect((await store.list()).map((meta) => meta.name).sort()).toEqual(['Harbour reports', 'page']);
  });

  it('reports its steps in order: reading by bytes, then indexing, then saving', async () => {
    const { progress } = await run([fileOf('harbour.json', JSON.stringify(fixtureCorpus()))]);
    expect(progress.map((p) => p.phase)).toEqual(['read', 'read', 'index', 'save']);
    const lastRead = progress[1];
    expect(lastRead?.done).toBe(lastRead?.total);
    expect(progress[2]?.articles).toBe(2);
  });

  it('refuses the whole import when any file is bad, lists each bad file, and stores nothing', async () => {
    const { outcome, store } = await run([
      fileOf('good.txt', 'The harbour bridge opened on Friday after four years of work.'),
      fileOf('bad.jsonl', '{"text": "fine"}\n{"title": 3}\n'),
      fileOf('worse.csv', 'title\nA\n'),
    ]);
    expect(problems(outcome)).toEqual([
      'bad.jsonl (line 2): no "text" or "articleBody" field',
      'worse.csv (header): needs a "text" or "articleBody" column',
    ]);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a file over the size limit before reading it, and bytes that are not UTF-8', async () => {
    const huge: ImportFile = {
      name: 'huge.jsonl',
      size: 73_400_000,
      source: { kind: 'file', blob: new Blob(['x']) },
    };
    expect(problems((await run([huge])).outcome)).toEqual([
      'huge.jsonl: is 73.4 MB, over the limit of 50 MB a file',
    ]);
    const latin1 = fileOf(
      'latin1.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]),
    );
    expect(problems((await run([latin1])).outcome)).toEqual([
      'latin1.txt: not valid UTF-8 text (save it as UTF-8)',
    ]);
  });

  it('never overwrites a corpus the reader has, nor takes the id of the built-in one', async () => {
    const corpus = fixtureCorpus();
    const { store } = await run([fileOf('harbour.json', JSON.stringify(corpus))]);
    const renamed = { ...corpus, name: 'Something else', articles: corpus.articles.slice(0, 1) };
    const again = await run([fileOf('copy.json', JSON.stringify(renamed))], store);
    expect(problems(again.outcome)[0]).toMatch(
      /^copy\.json \(id\): a corpus with id "harbour-reports" is already installed/,
    );
    expect(await store.getFile(corpus.id)).toEqual(corpus);

    const bundled = await run([fileOf('seeds.json', JSON.stringify({ ...corpus, id: 'bundled-seeds' }))]);
    expect(problems(bundled.outcome)[0]).toMatch(
      /seeds\.json \(id\): "bundled-seeds" is the id of the built-in corpus/,
    );
  });

  it('refuses two files of one import that give the same article id, naming both', async () => {
    const line = JSON.stringify({
      id: 'a1',
      text: 'The harbour bridge opened on Friday after four years of work.',
    });
    const { outcome } = await run([fileOf('one.jsonl', line), fileOf('two.jsonl', line)]);
    expect(problems(outcome)).toEqual([
      'two.jsonl (article 1): article id "a1" is already used by one.jsonl',
    ]);
  });

  it('passes on a problem the page found while reading an HTML file', async () => {
    const failed: ImportFile = {
      name: 'menu.html',
      size: 10,
      source: { kind: 'failed', message: 'menu.html: no article found in this page' },
    };
    expect(problems((await run([failed])).outcome)).toEqual(['menu.html: no article found in this page']);
  });
});
