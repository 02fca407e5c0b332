import { InputError } from './input-error';

const BYTE_ORDER_MARK = '\uFEFF';
/** What a UTF-8 decoder puts in place of bytes that are not UTF-8. */
const REPLACEMENT_CHARACTER = /\uFFFD/g;
/**
 * Share of replacement characters above which content is taken for a binary or non-UTF-8 file decoded as
 * UTF-8. Real data sets carry a few stray ones (FNC-1's bodies do), so one alone is not enough.
 */
const MAX_REPLACEMENT_SHARE = 0.001;

/**
 * Rejects content that is not text a reader meant to import: binary files show NUL bytes or, once decoded,
 * many replacement characters. Content the caller decoded as strict UTF-8 (`decodedStrictly`: bytes that are
 * not UTF-8 were refused then) holds replacement characters only as characters of its own, which are kept: a
 * corpus exported with one in a title imports again. Returns the content without a byte order mark.
 */
export function checkTextContent(file: string, content: string, { decodedStrictly = false } = {}): string {
  const text = content.startsWith(BYTE_ORDER_MARK) ? content.slice(1) : content;
  if (text.includes('\u0000')) throw new InputError(file, null, 'binary file (contains NUL bytes), not text');
  const replaced = text.match(REPLACEMENT_CHARACTER)?.length ?? 0;
  if (!decodedStrictly && replaced > 0 && replaced >= text.length * MAX_REPLACEMENT_SHARE) {
    const count = replaced === 1 ? '1 character' : `${replaced} characters`;
    throw new InputError(file, null, `not valid UTF-8 text (${count} could not be decoded)`);
  }
  if (text.trim() === '') throw new InputError(file, null, 'empty file');
  return text;
}
