import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../lib/core/import/index';
import type { Report } from '../../lib/core/types';
import { runCli } from '../support/run-cli';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const SEEDS = path('../../seeds/');
const INPUTS = path('../fixtures/inputs/');

const run = (argv: string[]) => runCli(argv);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck corpus build', () => {
  it('builds a valid corpus from every importable format', async () => {
    const out = join(dir, 'all.json');
    const inputs = ['article.md', 'article.html', 'articles.jsonl', 'articles.csv', 'corpus.json'].map(
      (f) => INPUTS + f,
    );
    const argv = ['corpus', 'build', `${SEEDS}002_d828683899feb258.txt`, ...inputs];
    const { code, stdout, stderr } = await run([
      ...argv,
      '--name',
      'All formats',
      '--out',
      out,
      '--description',
      'D',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const corpus = parseCorpusFile(readFileSync(out, 'utf8'), out);
    expect(corpus.articles).toHaveLength(1 + 1 + 1 + 3 + 2 + 2);
    expect(corpus).toMatchObject({ name: 'All formats', description: 'D' });
    expect(stdout).toBe(`Wrote ${out}: 10 articles from 6 files (corpus id ${corpus.id})\n`);
    expect(readdirSync(dir)).toEqual(['all.json']);
  });

  it('writes a corpus that check can use', async () => {
    const out = join(dir, 'seed.json');
    const build = await run([
      'corpus',
      'build',
      `${SEEDS}002_d828683899feb258.txt`,
      '--name',
      'Wire',
      '--out',
      out,
    ]);
    expect(build.code).toBe(0);
    const check = await run([
      'check',
      `${SEEDS}000_0c6ca5ae3a502843.txt`,
      '--no-bundled',
      '--corpus',
      out,
      '--json',
    ]);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as Report;
    const corpusId = parseCorpusFile(readFileSync(out, 'utf8'), out).id;
    const matches = report.claims.flatMap((claim) => claim.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.every((match) => match.statement.corpusId === corpusId)).toBe(true);
  });

  it('reads an HTML fragment, which has no <html> or <body> of its own', async () => {
    const fragment = join(dir, 'fragment.html');
    const page = readFileSync(`${INPUTS}article.html`, 'utf8');
    writeFileSync(fragment, /<article>[\s\S]*<\/article>/.exec(page)?.[0] ?? '');
    const out = join(dir, 'f.json');
    expect(await run(['corpus', 'build', fragment, '--name', 'F', '--out', out])).toMatchObject({
      code: 0,
      stderr: '',
    });
    const [article] = parseCorpusFile(readFileSync(out, 'utf8'), out).articles;
    expect(article?.title).toBe('Lighthouse restored after storm');
    expect(article?.text).toContain('\n\nThe old lighthouse on the north pier');
    expect(article?.url).toBeNull();
  });

  it('names the outlet of articles that name none, and keeps a given id', async () => {
    const out = join(dir, 'c.json');
    const argv = ['corpus', 'build', `${INPUTS}articles.jsonl`, '--name', 'Ferries', '--out', out];
    expect((await run([...argv, '--source', 'Town Crier', '--id', 'ferries'])).code).toBe(0);
    const corpus = parseCorpusFile(readFileSync(out, 'utf8'), out);
    expect(corpus.id).toBe('ferries');
    expect(corpus.articles.map((article) => article.source)).toEqual([
      'Coastal Gazette',
      'Town Crier',
      'Harbour Herald',
    ]);
  });

  it('writes nothing, and keeps an existing output, when any input is bad', async () => {
    const out = join(dir, 'keep.json');
    writeFileSync(out, 'old');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text": "fine"}\n{"title": "no text"}\n');
    const { code, stdout, stderr } = await run([
      'corpus',
      'build',
      `${INPUTS}article.md`,
      bad,
      '--name',
      'N',
      '--out',
      out,
    ]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`crosscheck: ${bad} (line 2): no "text" or "articleBody" field\n`);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['bad.jsonl', 'keep.json']);
  });

  it('rejects files that are not UTF-8 text', async () => {
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Caf\xe9 au lait.', 'latin1'));
    const binary = join(dir, 'image.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const out = join(dir, 'x.json');
    const cases: [string, string][] = [
      [latin1, `crosscheck: ${latin1}: not valid UTF-8 text (save it as UTF-8)\n`],
      [binary, `crosscheck: ${binary}: not valid UTF-8 text (save it as UTF-8)\n`],
    ];
    for (const [file, stderr] of cases) {
      expect(await run(['corpus', 'build', file, '--name', 'N', '--out', out])).toEqual({
        code: 2,
        stdout: '',
        stderr,
      });
    }
    const nul = join(dir, 'nul.txt');
    writeFileSync(nul, 'text\u0000more');
    expect((await run(['corpus', 'build', nul, '--name', 'N', '--out', out])).stderr).toMatch(
      /nul\.txt: binary file/,
    );
  });

  it('rejects the same article twice, naming both files', async () => {
    const out = join(dir, 'twice.json');
    const md = `${INPUTS}article.md`;
    const { code, stderr } = await run(['corpus', 'build', md, md, '--name', 'N', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^crosscheck: .*article\.md: article id "article-[0-9a-f]{8}" is already used by .*article\.md\n$/,
    );
  });

  it('asks for what is missing from the command line', async () => {
    const md = `${INPUTS}article.md`;
    const cases: [string[], RegExp][] = [
      [['corpus', 'build', '--name', 'N', '--out', 'x.json'], /needs at least one FILE/],
      [['corpus', 'build', md, '--out', 'x.json'], /needs --name NAME/],
      [['corpus', 'build', md, '--name', ' ', '--out', 'x.json'], /needs --name NAME/],
      [['corpus', 'build', md, '--name', 'N'], /needs --out CORPUS\.json/],
      [
        ['corpus', 'build', `${INPUTS}x.pdf`, '--name', 'N', '--out', join(dir, 'x.json')],
        /x\.pdf: no such file/,
      ],
      [
        ['corpus', 'build', md, '--name', 'N', '--out', join(dir, 'no', 'x.json')],
        /x\.json: cannot write: no such file/,
      ],
    ];
    for (const [argv, expected] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(stderr).toMatch(expected);
    }
  });
});
