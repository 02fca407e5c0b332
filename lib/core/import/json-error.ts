/**
 * Where a JSON text first goes wrong, for an error message a reader can act on. Engines word and place
 * JSON.parse errors differently (V8 often gives neither line nor position), so on failure the text is
 * scanned again by this small validator, which knows exactly where it stopped. Only run after JSON.parse
 * has failed: it builds nothing and is not meant to be fast.
 */

export interface JsonErrorPlace {
  line: number;
  column: number;
  /** What was expected there, in a few words. */
  expected: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;
const ESCAPE = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

function scan(text: string): void {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
  };
  const expect = (ch: string, what: string) => {
    skip();
    if (text.charAt(i) !== ch) throw new Stop(i, what);
    i++;
  };
  const string = () => {
    expect('"', 'a string in double quotes');
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        const escaped = ESCAPE.exec(text.slice(i, i + 6));
        if (!escaped) throw new Stop(i, 'a valid escape (\\", \\\\, \\n, \\uXXXX…)');
        i += escaped[0].length;
      } else if (ch < ' ') {
        throw new Stop(i, 'no raw line break or control character inside a string');
      } else i++;
    }
    throw new Stop(i, 'the closing " of the string');
  };
  /** Consumes `close` if it comes next (after whitespace). */
  const closes = (close: string): boolean => {
    skip();
    if (text.charAt(i) !== close) return false;
    i++;
    return true;
  };
  /** The members of an object or the items of an array, after its opening bracket. */
  const members = (close: string, member: () => void) => {
    if (closes(close)) return;
    for (;;) {
      member();
      if (closes(close)) return;
      expect(',', `"," or "${close}"`);
    }
  };
  const value = (): void => {
    skip();
    const ch = text.charAt(i);
    if (ch === '[') {
      i++;
      members(']', value);
      return;
    }
    if (ch === '{') {
      i++;
      members('}', () => {
        string();
        expect(':', '":" after the property name');
        value();
      });
      return;
    }
    if (ch === '"') {
      string();
      return;
    }
    const token =
      LITERALS.find((word) => text.startsWith(word, i)) ?? NUMBER.exec(text.slice(i, i + 400))?.[0];
    if (!token) throw new Stop(i, i >= text.length ? 'more: the file ends too early' : 'a value');
    i += token.length;
  };
  value();
  skip();
  if (i < text.length) throw new Stop(i, 'the end of the file after the value');
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The place of the first syntax error of `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...placeOf(text, error.offset), expected: error.expected };
  }
}
