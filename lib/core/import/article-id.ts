/**
 * Stable identifiers derived from content. lib/core runs in the browser too, so no crypto module:
 * a 32-bit FNV-1a is plenty to tell apart the articles of one corpus, and it is the same everywhere.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Longest slug kept in an id, so ids stay readable in reports and storage keys. */
const MAX_SLUG_LENGTH = 40;

/** FNV-1a over the UTF-16 code units of `text`, as 8 hex digits. */
export function shortHash(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case ASCII words joined by dashes; accents are folded, everything else dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? fileName;

/** The file's name without folders or extension. */
export function fileStem(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The extension, lower case, without the dot; empty when there is none (dot files have none). */
export function fileExtension(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Id of the `index`-th article of a file. The file name keeps ids apart across files; the text makes
 * an edited article a new article rather than silently replacing the old one's evidence.
 */
export function articleId(fileName: string, index: number, text: string): string {
  const slug = slugify(fileStem(fileName)) || 'article';
  return `${slug}-${shortHash(`${baseName(fileName)}\u0000${index}\u0000${text}`)}`;
}
