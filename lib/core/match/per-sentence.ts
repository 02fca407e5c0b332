import type { Analyzed } from './analyze';

/**
 * A reading of a sentence made once and remembered with it: a claim is judged against every candidate
 * statement, a statement against every claim that finds it, and the stance rules ask the same things of
 * each several times per pair. Analyses do not change once made, so neither do their readings; callers
 * must not change what they are given either.
 */
export function perSentence<T>(read: (sentence: Analyzed) => T): (sentence: Analyzed) => T {
  const cache = new WeakMap<Analyzed, T>();
  return (sentence) => {
    if (cache.has(sentence)) return cache.get(sentence) as T;
    const value = read(sentence);
    cache.set(sentence, value);
    return value;
  };
}
