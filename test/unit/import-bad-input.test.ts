import { describe, expect, it } from 'vitest';
import { InputError, readImportFile } from '../../lib/core/import/index';

const options = { parseHtml: (): Document => ({}) as Document };

const corpus = (change: Record<string, unknown> = {}, article: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'crosscheck.corpus',
    version: 1,
    id: 'c',
    name: 'C',
    createdAt: '2024-01-01',
    articles: [{ id: 'a', title: 'A', source: '', url: null, published: null, text: 'Text.', ...article }],
    ...change,
  });

/**
 * Every kind of bad input the options page and the CLI refuse, with the one line a reader sees. Each line
 * names the file and, where there is one, the line, row or field.
 */
const CASES: [string, string, string, string][] = [
  [
    'malformed JSON',
    'c.json',
    '{"id": "c",, }',
    'c.json: not valid JSON at line 1, column 12 (expected a string in double quotes)',
  ],
  ['a corpus without a field', 'c.json', corpus({ name: undefined }), 'c.json (name): is missing'],
  ['a mistyped field', 'c.json', corpus({}, { title: 7 }), 'c.json (articles[0].title): must be a string'],
  ['an empty text', 'c.json', corpus({}, { text: '  ' }), 'c.json (articles[0].text): must not be empty'],
  [
    'a wrong version',
    'c.json',
    corpus({ version: 2 }),
    'c.json (version): unsupported corpus version 2 (expected 1)',
  ],
  ['no articles', 'c.json', corpus({ articles: [] }), 'c.json (articles): has no articles'],
  [
    'duplicate ids in a corpus',
    'c.json',
    corpus({
      articles: [
        { id: 'a', title: 'A', source: '', url: null, published: null, text: 'One.' },
        { id: 'a', title: 'B', source: '', url: null, published: null, text: 'Two.' },
      ],
    }),
    'c.json (articles[1].id): duplicate article id "a" (also articles[0])',
  ],
  [
    'a JSON Lines line that is not JSON',
    'a.jsonl',
    '{"text": "ok"}\n{"text": ',
    'a.jsonl (line 2): not valid JSON',
  ],
  [
    'a JSON Lines record that is not an object',
    'a.jsonl',
    '["text"]',
    'a.jsonl (line 1): expected an article object',
  ],
  [
    'a mistyped JSON Lines field',
    'a.jsonl',
    '{"text": "ok", "title": ["x"]}',
    'a.jsonl (line 1): title: must be a string',
  ],
  ['an empty JSON Lines text', 'a.jsonl', '{"text": " "}', 'a.jsonl (line 1): text: is empty'],
  [
    'duplicate JSON Lines ids',
    'a.jsonl',
    '{"id": 1, "text": "One."}\n{"id": "1", "text": "Two."}',
    'a.jsonl (line 2): duplicate article id "1" (first at line 1)',
  ],
  [
    'a CSV with an unclosed quote',
    'a.csv',
    'text\n"open quote\n',
    'a.csv (row 2): Quoted field unterminated',
  ],
  [
    'a CSV row with too many fields',
    'a.csv',
    'text,title\nOne,A,extra\n',
    'a.csv (row 2): Too many fields: expected 2 fields but parsed 3',
  ],
  [
    'a CSV without a text column',
    'a.csv',
    'title,source\nA,B\n',
    'a.csv (header): needs a "text" or "articleBody" column',
  ],
  [
    'a CSV date that is not one',
    'a.csv',
    'text,published\nOne.,soon\n',
    'a.csv (row 2): published: "soon" is not a date',
  ],
  [
    'a CSV address that is not on the web',
    'a.csv',
    'text,url\nOne.,javascript:alert(1)\n',
    'a.csv (row 2): url: must be an http(s) address or empty',
  ],
  ['an empty CSV text', 'a.csv', 'text,title\n,A\n', 'a.csv (row 2): text: is empty'],
  ['a CSV with a header only', 'a.csv', 'text,title\n', 'a.csv: no rows after the header'],
  ['binary data', 'a.txt', 'GIF89a\u0000\u0001', 'a.txt: binary file (contains NUL bytes), not text'],
  ['an empty file', 'a.md', '\n \n', 'a.md: empty file'],
  [
    'an unknown format',
    'a.docx',
    'PK',
    'a.docx: unsupported file type: .docx (expected .txt, .md, .html, .json, .jsonl or .csv)',
  ],
];

describe('bad input', () => {
  for (const [what, file, content, message] of CASES) {
    it(`refuses ${what} with one line naming the file and place`, () => {
      let error: unknown;
      try {
        readImportFile(file, content, options);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(message);
      expect((error as InputError).message).not.toContain('\n');
    });
  }
});
