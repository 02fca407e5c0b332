import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, parseCorpusFile } from '../../lib/core/import/index';
import { locateJsonError } from '../../lib/core/import/json-error';

function problemOf(json: string): InputError {
  try {
    parseCorpusFile(json, 'corpus.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('accepted');
}

describe('locateJsonError', () => {
  it('names the line and column where the JSON goes wrong, and what was expected', () => {
    expect(locateJsonError('{\n  "id": "a",\n  "name": }')).toEqual({
      line: 3,
      column: 11,
      expected: 'a value',
    });
    expect(locateJsonError('{"a": 1 "b": 2}')).toEqual({ line: 1, column: 9, expected: '"," or "}"' });
    expect(locateJsonError('[1, 2,]')?.expected).toBe('a value');
    expect(locateJsonError("{'a': 1}")?.expected).toBe('a string in double quotes');
    expect(locateJsonError('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12 });
    expect(locateJsonError('{"a": "\\x"}')?.expected).toMatch(/valid escape/);
    expect(locateJsonError('{"a": [1, 2]')?.expected).toBe('"," or "}"');
    expect(locateJsonError('{"a": "open')?.expected).toBe('the closing " of the string');
    expect(locateJsonError('{} {}')?.expected).toBe('the end of the file after the value');
    expect(locateJsonError('')?.expected).toMatch(/ends too early/);
  });

  it('finds no error exactly where JSON.parse finds none', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(locateJsonError(json)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\'),
        (json, at, junk) => {
          const cut = at % (json.length + 1);
          const text = json.slice(0, cut) + junk + json.slice(cut + 1);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(locateJsonError(text) === null).toBe(valid);
        },
      ),
    );
  });
});

describe('malformed corpus JSON', () => {
  it('is refused with the place of the error in the message', () => {
    const error = problemOf('{\n  "format": "crosscheck.corpus",\n  "id": }');
    expect(error.message).toBe('corpus.json: not valid JSON at line 3, column 9 (expected a value)');
  });
});
