/**
 * A plain object's own entry for a key, or undefined. Words from page text are used as keys of the
 * lexicon tables, and "constructor" or "toString" would otherwise find Object.prototype's functions.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
