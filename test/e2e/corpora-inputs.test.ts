import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CorporaPage, type InputFile, jsonFile, textFile } from './support/corpora-page';
import { expectClean } from './support/expect-clean';
import {
  fixtureInput,
  harbourCorpus,
  type ReaderCorporaSession,
  startReaderCorpora,
} from './support/reader-corpora';

let corpora: ReaderCorporaSession;

beforeAll(async () => {
  corpora = await startReaderCorpora();
});
afterAll(() => corpora?.close());
afterEach(() => expectClean(corpora.session));

describe('several files of other formats, dropped at once', () => {
  it('become one new corpus of all their articles', async () => {
    const options = await corpora.openOptions();
    const before = await options.ids();
    await options.drop([
      textFile('articles.jsonl', fixtureInput('articles.jsonl')),
      textFile('articles.csv', fixtureInput('articles.csv'), 'text/csv'),
      textFile('article.md', fixtureInput('article.md'), 'text/markdown'),
      textFile('article.html', fixtureInput('article.html'), 'text/html'),
    ]);
    expect(await options.outcome()).toBe('imported');
    const added = (await options.ids()).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    const row = options.corpus(added[0] ?? '');
    expect(await row.locator('[data-testid="corpus-name"]').textContent()).toBe(
      'articles.jsonl and 3 more files',
    );
    expect(await row.textContent()).toContain('7 articles');
    const { text } = await options.export(added[0] ?? '');
    const exported = JSON.parse(text);
    expect(exported.articles.map((a: { title: string }) => a.title)).toContain(
      'Lighthouse restored after storm',
    );
    await options.page.close();
  });
});

describe('bad files', () => {
  let options: CorporaPage;

  beforeAll(async () => {
    options = await corpora.openOptions();
  });
  afterAll(() => options?.page.close());

  const cases: [string, InputFile[], RegExp][] = [
    [
      'malformed JSON',
      [textFile('broken.json', '{\n  "format": "crosscheck.corpus",\n  "id": }')],
      /broken\.json: not valid JSON at line 3, column 9/,
    ],
    [
      'a missing field',
      [
        jsonFile('no-text.json', {
          ...harbourCorpus,
          id: 'x',
          articles: [{ ...harbourCorpus.articles[0], text: undefined }],
        }),
      ],
      /no-text\.json \(articles\[0\]\.text\): is missing/,
    ],
    [
      'a CSV without a text column',
      [textFile('table.csv', 'title,source\nA,B\n', 'text/csv')],
      /table\.csv \(header\)/,
    ],
    [
      'binary data',
      [
        {
          name: 'photo.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
        },
      ],
      /photo\.txt/,
    ],
    ['an unknown format', [textFile('report.pdf', '%PDF-1.7')], /report\.pdf: unsupported file type/],
    [
      'one bad file among good ones',
      [
        textFile('good.txt', 'The harbour bridge opened on Friday after four years of work on it.'),
        textFile('bad.jsonl', '{"text": "fine"}\n{"title": 3}\n'),
      ],
      /bad\.jsonl \(line 2\)/,
    ],
  ];

  for (const [what, files, message] of cases) {
    it(`refuses ${what} with one clear message, and changes nothing`, async () => {
      const before = await options.ids();
      expect(await options.import(files)).toBe('refused');
      expect(await options.alert.textContent()).toMatch(message);
      expect(await options.alert.isVisible()).toBe(true);
      expect(await options.ids()).toEqual(before);
    });
  }
});
