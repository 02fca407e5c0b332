import type { Token } from '../text/tokenize';
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

/** A reading of one token of a sentence, made once per sentence and token (see perSentence). */
export function perToken<T>(
  read: (sentence: Analyzed, token: Token) => T,
): (sentence: Analyzed, token: Token) => T {
  const tables = perSentence(() => new Map<number, T>());
  return (sentence, token) => {
    const table = tables(sentence);
    if (table.has(token.index)) return table.get(token.index) as T;
    const value = read(sentence, token);
    table.set(token.index, value);
    return value;
  };
}

/** Stems written with a capital: names, and words at the start of a sentence (which may be names). */
export const capitalisedStems = perSentence(
  (sentence) => new Set(sentence.tokens.filter((t) => t.capital).map((t) => t.stem)),
);
