import type { Fnc1Pair } from './fnc1-data';

/**
 * Stories of the training data: headlines and bodies joined by their related pairs (union-find). A story is
 * one event told by many articles under many headlines; a word that only one story uses says what the
 * story is about, not how an article treats a claim.
 */
export function storiesOf(pairs: readonly Fnc1Pair[]): (key: string) => string {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let top = key;
    while ((parent.get(top) ?? top) !== top) top = parent.get(top) as string;
    parent.set(key, top);
    return top;
  };
  for (const pair of pairs) {
    if (pair.stance === 'unrelated') continue;
    const a = root(headlineKey(pair.headline));
    const b = root(bodyKey(pair.bodyId));
    if (a !== b) parent.set(a, b);
  }
  return root;
}

export const headlineKey = (headline: string) => `headline:${headline}`;
export const bodyKey = (bodyId: string) => `body:${bodyId}`;
