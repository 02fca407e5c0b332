import { describe, expect, it } from 'vitest';
import { InputError, readArticles } from '../../lib/core/import/index';

const options = { parseHtml: (): Document => ({}) as Document };

function problemOf(fileName: string, content: string): InputError {
  try {
    readArticles(fileName, content, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('inputs that are not articles', () => {
  it('rejects an unknown extension, naming it', () => {
    const error = problemOf('report.pdf', 'text');
    expect(error.file).toBe('report.pdf');
    expect(error.message).toMatch(/unsupported file type: \.pdf/);
    expect(problemOf('README', 'text').message).toMatch(/without an extension/);
    expect(problemOf('x.constructor', 'text').message).toMatch(/unsupported file type: \.constructor/);
    expect(problemOf('.txt', 'text').message).toMatch(/without an extension/);
  });

  it('rejects binary content and invalid UTF-8', () => {
    expect(problemOf('a.txt', 'PK\u0003\u0004\u0000\u0000').message).toMatch(/binary/);
    expect(problemOf('a.csv', 'text\nbad \uFFFD byte').message).toBe(
      'a.csv: not valid UTF-8 text (1 character could not be decoded)',
    );
  });

  it("keeps replacement characters of content decoded as strict UTF-8: they are the file's own", () => {
    // The CLI and the extension refuse bytes that are not UTF-8 when they decode them, so what is left is text.
    expect(
      readArticles('a.csv', 'text\nbad \uFFFD byte', { ...options, decodedStrictly: true }),
    ).toHaveLength(1);
  });

  it('accepts a stray replacement character in otherwise good text, as real data sets have', () => {
    const text = `${'A sentence of real text. '.repeat(60)}\uFFFD@user said so.`;
    expect(readArticles('a.txt', text, options)).toHaveLength(1);
  });

  it('rejects empty and blank files in every format', () => {
    for (const name of ['a.txt', 'a.md', 'a.json', 'a.jsonl', 'a.csv', 'a.html']) {
      expect(problemOf(name, ' \n\t\n').problem).toBe('empty file');
    }
  });

  it('ignores a byte order mark and matches extensions without regard to case', () => {
    const [article] = readArticles('NOTES.TXT', '\uFEFFFirst line\n\nSecond paragraph.', options);
    expect(article?.title).toBe('First line');
  });

  it('puts file and place in one line of message', () => {
    const error = problemOf('a.jsonl', '{"text": "ok"}\n{oops');
    expect(error.message).toBe('a.jsonl (line 2): not valid JSON');
  });
});
