/**
 * A plain object's own entry for a key, or undefined. Words from page text are used as keys of the
 * lexicon tables, and "constructor" or "toString" would otherwise find Object.prototype's functions.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The same lookup for a table read on every word: its own entries put in a Map on first use (one hash
 * lookup instead of two, and nothing built before a word is looked up).
 */
export function ownLookup<T>(table: Readonly<Record<string, T>>): (key: string) => T | undefined {
  let entries: Map<string, T> | undefined;
  return (key) => {
    entries ??= new Map(Object.entries(table));
    return entries.get(key);
  };
}
